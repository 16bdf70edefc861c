// The app's one icon set: Lucide (ISC licence), bundled. Only the icons named here end up in the bundle
// (the package is side-effect free, so Vite tree-shakes the rest); nothing is fetched at run time.
import {
  ChartColumn,
  ChevronDown,
  Compass,
  Copy,
  Database,
  Ellipsis,
  Info,
  Languages,
  Layers,
  List,
  ListFilter,
  MapPin,
  Menu,
  Navigation,
  Plus,
  Route,
  Search,
  Share2,
  Upload,
  X,
  createElement,
} from 'lucide';

const ICONS = {
  analysis: Compass,
  close: X,
  copy: Copy,
  coverage: Database,
  dashboard: ChartColumn,
  directions: Navigation,
  expand: ChevronDown,
  filters: ListFilter,
  import: Upload,
  info: Info,
  language: Languages,
  layers: Layers,
  list: List,
  menu: Menu,
  more: Ellipsis,
  place: MapPin,
  add: Plus,
  route: Route,
  search: Search,
  share: Share2,
} as const;

export type IconName = keyof typeof ICONS;

/** A decorative SVG icon (aria-hidden): the control it sits in carries the accessible name. */
export function icon(name: IconName, size = 18): SVGElement {
  const el = createElement(ICONS[name], {
    width: size,
    height: size,
    'aria-hidden': 'true',
    focusable: 'false',
    class: `icon icon-${name}`,
  });
  return el;
}
