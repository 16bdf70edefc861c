// Where everything a feature contributes goes, in order: the one list the composition root (src/main.ts)
// places from. An installer returns its elements under these names (see Contribution in context.ts); it never
// inserts itself into the page. To add a header button, a side-panel section or a card section: name it in
// the right list below, at the place it should appear, and return it from your installer under that name.
export const LAYOUT = {
  /** Beside the title, outside the toolbar (on a phone it shares the title's row; the toolbar scrolls). */
  title: ['search'],
  /** The header toolbar, left to right. */
  header: ['analysis', 'list', 'dashboard', 'route', 'lang'],
  /** The side panel (a bottom sheet on phones), top to bottom. */
  side: ['route', 'analysis', 'layers', 'import', 'coverage', 'filters', 'list'],
  /** Over the map area. */
  main: ['card', 'dashboard'],
  /** Sections of the site card (the details panel), after the site's own facts, top to bottom. */
  card: ['route', 'length', 'nearby', 'imported'],
} as const;

export type Region = keyof typeof LAYOUT;
export type SlotName<R extends Region> = (typeof LAYOUT)[R][number];
