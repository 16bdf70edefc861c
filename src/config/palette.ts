// Colours for the thematic layers: the Okabe–Ito palette, chosen because its eight colours stay
// distinguishable under the common colour-vision deficiencies (protanopia, deuteranopia, tritanopia).
// Layers differ in shape or size too, so colour is never the only cue.
import type { LayerId } from '../types';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const LAYER_COLOURS: Record<LayerId, string> = {
  'tourist-line': OKABE_ITO.blue,
  'scenic-spots': OKABE_ITO.bluishGreen,
  'heritage-units': OKABE_ITO.vermillion,
  museums: OKABE_ITO.reddishPurple,
  'ich-items': OKABE_ITO.orange,
  designations: OKABE_ITO.yellow,
  transport: '#444444',
};

/**
 * The planned route: a deep purple that no thematic layer uses (the museums' reddish purple is much lighter),
 * so a route never reads as a layer. Stops are filled with it and numbered in white (contrast 9:1).
 * styles/tokens.css repeats it as --route for the Route button's stop count.
 */
export const ROUTE_COLOUR = '#5b2a86';

/** Base-map colours: quiet, so the thematic layers stand out. */
export const BASE_COLOURS = {
  background: '#f3f1ea',
  context: '#e6e3d9',
  contextLine: '#b9b4a6',
  municipality: '#fbfaf6',
  district: '#fbfaf6',
  districtLine: '#9a9486',
  outline: '#5d574b',
  water: '#8cc4e8',
  waterLine: '#4f9bd0',
  railway: '#555555',
  label: '#3b372f',
  halo: '#ffffff',
} as const;
