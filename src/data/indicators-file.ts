// Types and schema of geodata/indicators.json: the paper's figures and its SWOT table, transcribed from the paper
// (Ma & Yang, "Analysis of the Status Quo of Lanzhou Regional Cultural Soft Power"). Every figure names the
// paper's section (required) and, where the paper gives one, its reference (a key of `references`).
// The schema is checked by validate.ts (npm run validate:data), by the dashboard on load and by the unit tests.
import type { JsonSchema } from './json-schema-lite';

export interface LocalText {
  zh: string;
  en: string;
}

export interface Indicator {
  id: string;
  /** Figures of one group are shown together; groups follow the paper's sections. */
  group: string;
  value: number;
  unit: string;
  /** Year the figure refers to, or null when the paper does not state it (then `year_note` says so). */
  year: number | null;
  year_note: LocalText | null;
  label: LocalText;
  measures: LocalText;
  /** The paper's section, "§3.4". */
  section: string;
  /** Key into `references`, or null when the paper cites nothing for the figure. */
  reference: string | null;
  /** Key into `sources` (where the figure was transcribed from). */
  source: string;
  /** A headline figure gets a large tile. */
  headline: boolean;
  /** Shown as a line on another figure's tile (a growth rate, a share, a part). */
  detail_of: string | null;
  notes: LocalText | null;
}

export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';
export const SWOT_QUADRANTS: readonly SwotQuadrant[] = ['strength', 'weakness', 'opportunity', 'threat'];

export interface SwotItem {
  id: string;
  quadrant: SwotQuadrant;
  /** The item's key term, a short heading. */
  term: LocalText;
  /** Our paraphrase of the paper's item (never the paper's sentence). */
  text: LocalText;
  /** The section(s) of the paper that argue the item, "§4.1–4.2". */
  argued_in: string;
  /** What the map shows for it, or null when the map has nothing to show. */
  map_evidence: LocalText | null;
}

export interface PaperCitation {
  title: LocalText;
  authors: LocalText;
  institution: LocalText;
  project: LocalText;
  project_number: string;
  translation_note: LocalText;
}

/** One of the paper's five cultural name cards, and the feature of our data that stands for it (if any). */
export interface NameCard {
  id: string;
  card: LocalText;
  feature_id: string | null;
}

export interface IndicatorsFile {
  schema_version: 2;
  paper: PaperCitation;
  about: LocalText;
  sources: Record<string, { title: string; url: string | null }>;
  references: Record<string, LocalText>;
  indicators: Indicator[];
  swot: { table_section: string; items: SwotItem[] };
  name_cards: { section: string; items: NameCard[] };
}

const slug = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** "§1", "§3.4", "§4.1–4.2", "§1.2, §3.4". */
export const SECTION_PATTERN = '^§[1-4](\\.[1-5])?(–[1-4]?\\.?[1-5])?(, §[1-4](\\.[1-5])?)*$';
const text: JsonSchema = {
  type: 'object',
  required: ['zh', 'en'],
  additionalProperties: false,
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};
const nullableText: JsonSchema = { ...text, type: ['object', 'null'] };
const section: JsonSchema = { type: 'string', pattern: SECTION_PATTERN };

export const INDICATORS_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['schema_version', 'paper', 'about', 'sources', 'references', 'indicators', 'swot', 'name_cards'],
  additionalProperties: false,
  properties: {
    schema_version: { const: 2 },
    paper: {
      type: 'object',
      required: ['title', 'authors', 'institution', 'project', 'project_number', 'translation_note'],
      additionalProperties: false,
      properties: {
        title: text,
        authors: text,
        institution: text,
        project: text,
        project_number: { type: 'string', pattern: '^[0-9]{2}-[A-Z][0-9]+$' },
        translation_note: text,
      },
    },
    about: text,
    sources: { type: 'object' },
    references: { type: 'object' },
    indicators: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: [
          'id',
          'group',
          'value',
          'unit',
          'year',
          'year_note',
          'label',
          'measures',
          'section',
          'reference',
          'source',
          'headline',
          'detail_of',
        ],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: slug },
          group: { type: 'string', pattern: slug },
          value: { type: 'number' },
          unit: { type: 'string', minLength: 1 },
          year: { type: ['integer', 'null'], minimum: 1900, maximum: 2100 },
          year_note: nullableText,
          label: text,
          measures: text,
          section,
          reference: { type: ['string', 'null'], minLength: 1 },
          source: { type: 'string', minLength: 1 },
          headline: { type: 'boolean' },
          detail_of: { type: ['string', 'null'], pattern: slug },
          notes: nullableText,
        },
      },
    },
    swot: {
      type: 'object',
      required: ['table_section', 'items'],
      additionalProperties: false,
      properties: {
        table_section: section,
        items: {
          type: 'array',
          minItems: 12,
          items: {
            type: 'object',
            required: ['id', 'quadrant', 'term', 'text', 'argued_in', 'map_evidence'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', pattern: slug },
              quadrant: { enum: SWOT_QUADRANTS },
              term: text,
              text,
              argued_in: section,
              map_evidence: nullableText,
            },
          },
        },
      },
    },
    name_cards: {
      type: 'object',
      required: ['section', 'items'],
      additionalProperties: false,
      properties: {
        section,
        items: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'card', 'feature_id'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', pattern: slug },
              card: text,
              feature_id: { type: ['string', 'null'], pattern: slug },
            },
          },
        },
      },
    },
  },
};

/**
 * Cross-references the schema cannot state: unique ids, known sources and references, a year or a note saying
 * why not, `detail_of` naming a figure that is not itself a detail, three SWOT items per quadrant.
 */
export function checkIndicatorLinks(f: IndicatorsFile): string[] {
  const out: string[] = [];
  const byId = new Map<string, Indicator>();
  for (const i of f.indicators) {
    if (byId.has(i.id)) out.push(`${i.id}: duplicate id`);
    byId.set(i.id, i);
  }
  for (const i of f.indicators) {
    if (!(i.source in f.sources)) out.push(`${i.id}: source "${i.source}" not in sources`);
    if (i.reference !== null && !(i.reference in f.references))
      out.push(`${i.id}: reference "${i.reference}" not in references`);
    if (i.year === null && i.year_note === null) out.push(`${i.id}: no year and no year_note saying why`);
    if (i.detail_of !== null) {
      const parent = byId.get(i.detail_of);
      if (!parent) out.push(`${i.id}: detail_of "${i.detail_of}" is not a figure`);
      else if (parent.detail_of !== null) out.push(`${i.id}: detail_of "${i.detail_of}" is itself a detail`);
      else if (parent.section !== i.section) out.push(`${i.id}: detail of a figure from another section`);
    }
  }
  for (const q of ['strength', 'weakness', 'opportunity', 'threat'] as const) {
    const n = f.swot.items.filter((s) => s.quadrant === q).length;
    if (n !== 3) out.push(`swot: ${n} ${q} items, the paper has 3`);
  }
  return out;
}
