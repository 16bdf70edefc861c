// Where everything a feature contributes goes, in order: the one list the composition root (src/main.ts)
// places from. An installer returns its elements under these names (see Contribution in context.ts); it never
// inserts itself into the page. To add a header button, a side-panel section or a card section: name it in
// the right list below, at the place it should appear, and return it from your installer under that name.
import type { Lang, SiteFeature } from '../types';

export const LAYOUT = {
  /** Beside the title, outside the toolbar (on a phone it shares the title's row; the toolbar scrolls). */
  title: ['search'],
  /** The header toolbar, left to right. */
  header: ['analysis', 'list', 'dashboard', 'route', 'lang'],
  /** The side panel (a bottom sheet on phones), top to bottom. */
  side: ['route', 'analysis', 'layers', 'import', 'coverage', 'filters', 'list', 'siteExport', 'suggestions'],
  /** Over the map area. */
  main: ['card', 'dashboard', 'suggest'],
  /** Sections of the site card (the details panel), after the site's own facts, top to bottom. */
  card: ['route', 'suggest', 'length', 'nearby', 'imported'],
} as const;

export type Region = keyof typeof LAYOUT;
export type SlotName<R extends Region> = (typeof LAYOUT)[R][number];

/** A section of the site card: drawn for every opened site, or null to add nothing for this one. */
export type CardSection = (f: SiteFeature, lang: Lang) => HTMLElement | null;

/** The elements a feature adds, by region and name (src/app/layout.ts orders them). */
export type Contribution = {
  [R in Exclude<Region, 'card'>]?: Partial<Record<SlotName<R>, HTMLElement>>;
} & { card?: Partial<Record<SlotName<'card'>, CardSection>> };

/** The site card as the root places sections in it. */
export interface CardHost {
  el: HTMLElement;
  addExtra(section: CardSection): void;
}

/** Puts every contribution where LAYOUT says, in LAYOUT's order. */
export function place(parts: Contribution[], card: CardHost): void {
  const hosts: Record<Exclude<Region, 'card'>, (el: HTMLElement) => void> = {
    title: (el) => document.getElementById('header-tools')?.before(el),
    header: (el) => document.getElementById('header-tools')?.append(el),
    side: (el) => document.getElementById('side')?.append(el),
    main: (el) => document.getElementById('main')?.append(el),
  };
  const own: Contribution = { main: { card: card.el } };
  for (const region of Object.keys(hosts) as Array<keyof typeof hosts>) {
    for (const name of LAYOUT[region]) {
      for (const part of [own, ...parts]) {
        const el = (part[region] as Partial<Record<string, HTMLElement>> | undefined)?.[name];
        if (el) hosts[region](el);
      }
    }
  }
  for (const name of LAYOUT.card) {
    for (const part of parts) {
      const section: CardSection | undefined = part.card?.[name];
      if (section) card.addExtra(section);
    }
  }
}
