// Places for people who know Lanzhou: markers for the sites without a known position (per district, opening the
// List filtered to them) and the "Suggest a position" flow with "My suggestions". Both come from
// install-unplaced.ts and install-suggestions.ts; this file only hands their parts to the root's layout.
import { labelPoints } from '../data/unplaced-markers';
import type { AppContext, Contribution } from './context';
import { installSuggestions } from './install-suggestions';
import { installUnplaced } from './install-unplaced';

/** Focuses the first row of the List (opened from a district marker), so a keyboard user lands in it. */
function focusFirstListRow(): void {
  document.querySelector<HTMLElement>('#list-panel button.site-row')?.focus();
}

export function installContribute(ctx: AppContext): Contribution {
  installUnplaced(ctx, ctx.districtLabels, focusFirstListRow);
  const labels = labelPoints(ctx.districtLabels.features as Parameters<typeof labelPoints>[0]);
  const parts = installSuggestions(ctx, {
    municipality: ctx.municipality,
    labelPoint: (d) => (d ? (labels.get(d) ?? null) : null),
  });
  return { side: { suggestions: parts.side }, main: { suggest: parts.main }, card: { suggest: parts.card } };
}
