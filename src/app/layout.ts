// Where everything a feature contributes goes, in order: the one list the composition root (src/main.ts)
// places from. An installer returns its elements under these names (see Contribution in context.ts); it never
// inserts itself into the page. To add a header button, a side-panel section or a card section: name it in
// the right list below, at the place it should appear, and return it from your installer under that name.
import type { Lang, SiteFeature } from '../types';

export const LAYOUT = {
  /** Beside the title, outside the toolbar (on a phone the header is this search and a menu). */
  title: ['search'],
  /**
   * The header tools, left to right; src/app/shell.ts groups them (plan · research · settings). The list of sites
   * has no header button: the side panel's List tab (a bottom sheet's tab strip on a phone) is the one way in.
   */
  header: ['route', 'analysis', 'dashboard', 'lang'],
  /**
   * The side panel (a bottom sheet on phones), top to bottom. Route and analysis sit above the tabs while open;
   * layers, import, coverage and the visitor's own suggestions share the Layers tab, filters and list have a tab
   * each (src/app/shell.ts).
   */
  side: ['route', 'analysis', 'layers', 'import', 'coverage', 'suggestions', 'filters', 'list'],
  /** At the foot of the list of sites (inside the list panel, so shown with it). */
  listFoot: ['siteExport'],
  /** Over the map area. */
  main: ['card', 'chooser', 'dashboard', 'suggest'],
  /** Buttons in the site card's row of actions, before Directions and Share. */
  cardActions: ['route'],
  /** Sections of the site card (the details panel), after the site's own facts, top to bottom. */
  card: ['suggest', 'length', 'nearby', 'imported'],
} as const;

export type Region = keyof typeof LAYOUT;
export type SlotName<R extends Region> = (typeof LAYOUT)[R][number];

/** A section of the site card: drawn for every opened site, or null to add nothing for this one. */
export type CardSection = (f: SiteFeature, lang: Lang, members: readonly SiteFeature[]) => HTMLElement | null;

/** The elements a feature adds, by region and name (src/app/layout.ts orders them). */
export type Contribution = {
  [R in Exclude<Region, 'card' | 'cardActions'>]?: Partial<Record<SlotName<R>, HTMLElement>>;
} & {
  card?: Partial<Record<SlotName<'card'>, CardSection>>;
  /** A button for the card's row of actions (Add to route), drawn for every opened site. */
  cardActions?: Partial<Record<SlotName<'cardActions'>, CardSection>>;
};

/** The site card as the root places sections and actions in it. */
export interface CardHost {
  el: HTMLElement;
  addExtra(section: CardSection): void;
  addAction(action: CardSection): void;
}

/** Where each region's elements go (src/app/shell.ts: header groups, side-panel tabs, the map area). */
export type Hosts = Record<Exclude<Region, 'card' | 'cardActions'>, (name: string, el: HTMLElement) => void>;

/** Puts every contribution where LAYOUT says, in LAYOUT's order. */
export function place(parts: Contribution[], card: CardHost, hosts: Hosts): void {
  const own: Contribution = { main: { card: card.el } };
  for (const region of Object.keys(hosts) as Array<keyof Hosts>) {
    for (const name of LAYOUT[region]) {
      for (const part of [own, ...parts]) {
        const el = (part[region] as Partial<Record<string, HTMLElement>> | undefined)?.[name];
        if (el) hosts[region](name, el);
      }
    }
  }
  for (const name of LAYOUT.cardActions) {
    for (const part of parts) {
      const action: CardSection | undefined = part.cardActions?.[name];
      if (action) card.addAction(action);
    }
  }
  for (const name of LAYOUT.card) {
    for (const part of parts) {
      const section: CardSection | undefined = part.card?.[name];
      if (section) card.addExtra(section);
    }
  }
}
