// Types and schema of geodata/indicators.json: the paper's figures and SWOT items as quoted in issue 7.
// The schema is checked by validate.ts (npm run validate:data) and by the unit tests.
import type { JsonSchema } from './json-schema-lite';

export interface LocalText {
  zh: string;
  en: string;
}

export interface Indicator {
  id: string;
  group: string | null;
  value: number;
  unit: string;
  /** Year the figure refers to, or null when the source (issue 7) does not state it. */
  year: number | null;
  year_note: string | null;
  label: LocalText;
  measures: LocalText;
  /** The paper's section, or null: issue 7 states no sections, and we do not guess. */
  section: string | null;
  paper_reference: string | null;
  /** Key into `sources` ("issue-7", "research-notes"). */
  source: string;
  notes: string | null;
}

export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';

export interface SwotItem {
  id: string;
  text: LocalText;
  /** The paper is in English for these items; the Chinese is ours. */
  zh_is_our_translation: boolean;
  wording_source: string;
  /** null when no source we hold says which quadrant the item is in. */
  quadrant: SwotQuadrant | null;
  quadrant_stated_in_source: boolean;
  quadrant_note: string | null;
  evidence_en: string | null;
  section: string | null;
}

export interface IndicatorsFile {
  schema_version: 1;
  about: LocalText;
  sources: Record<string, { title: string; url: string | null }>;
  indicators: Indicator[];
  swot: {
    expected_counts: { strengths: number; weaknesses: number; opportunities: number; threats: number; source: string };
    items: SwotItem[];
    missing: { count: number; zh: string; en: string };
  };
}

const slug = '^[a-z0-9]+(-[a-z0-9]+)*$';
const text: JsonSchema = {
  type: 'object',
  required: ['zh', 'en'],
  additionalProperties: false,
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};
const nullableString: JsonSchema = { type: ['string', 'null'] };

export const INDICATORS_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['schema_version', 'about', 'sources', 'indicators', 'swot'],
  properties: {
    schema_version: { const: 1 },
    about: text,
    sources: { type: 'object' },
    indicators: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'value', 'unit', 'year', 'label', 'measures', 'section', 'source'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: slug },
          group: nullableString,
          value: { type: 'number' },
          unit: { type: 'string', minLength: 1 },
          year: { type: ['integer', 'null'], minimum: 1900, maximum: 2100 },
          year_note: nullableString,
          label: text,
          measures: text,
          section: nullableString,
          paper_reference: nullableString,
          source: { type: 'string', minLength: 1 },
          notes: nullableString,
        },
      },
    },
    swot: {
      type: 'object',
      required: ['expected_counts', 'items', 'missing'],
      properties: {
        expected_counts: {
          type: 'object',
          required: ['strengths', 'weaknesses', 'opportunities', 'threats'],
          properties: {
            strengths: { type: 'integer', minimum: 0 },
            weaknesses: { type: 'integer', minimum: 0 },
            opportunities: { type: 'integer', minimum: 0 },
            threats: { type: 'integer', minimum: 0 },
            source: { type: 'string' },
          },
        },
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'text', 'zh_is_our_translation', 'quadrant', 'quadrant_stated_in_source', 'section'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', pattern: slug },
              text,
              zh_is_our_translation: { type: 'boolean' },
              wording_source: { type: 'string' },
              quadrant: { enum: ['strength', 'weakness', 'opportunity', 'threat', null] },
              quadrant_stated_in_source: { type: 'boolean' },
              quadrant_note: nullableString,
              evidence_en: nullableString,
              section: nullableString,
            },
          },
        },
        missing: {
          type: 'object',
          required: ['count', 'zh', 'en'],
          properties: { count: { type: 'integer', minimum: 0 }, zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
        },
      },
    },
  },
};
