// A small JSON Schema subset (type, enum, const, required, properties, additionalProperties: false, items,
// minItems, pattern, minimum, maximum, minLength) — enough for indicators.json without adding a dependency.
// Pure: returns messages "path: problem".

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface JsonSchema {
  type?: JsonType | JsonType[];
  enum?: readonly (string | number | boolean | null)[];
  const?: string | number | boolean | null;
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: false;
  items?: JsonSchema;
  minItems?: number;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  description?: string;
}

function typeOf(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  return 'object';
}

function typeMatches(actual: JsonType, wanted: JsonType): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

export function checkSchema(value: unknown, schema: JsonSchema, path = '$'): string[] {
  const out: string[] = [];
  const t = typeOf(value);
  if (schema.type) {
    const wanted = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!wanted.some((w) => typeMatches(t, w))) {
      return [`${path}: expected ${wanted.join(' or ')}, got ${t}`];
    }
  }
  if (schema.enum && !schema.enum.includes(value as string | number | boolean | null)) {
    out.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.const !== undefined && value !== schema.const)
    out.push(`${path}: must be ${JSON.stringify(schema.const)}`);
  if (t === 'string') {
    const s = value as string;
    if (schema.minLength !== undefined && s.length < schema.minLength)
      out.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.pattern && !new RegExp(schema.pattern).test(s))
      out.push(`${path}: "${s}" does not match ${schema.pattern}`);
  }
  if (t === 'number' || t === 'integer') {
    const n = value as number;
    if (!Number.isFinite(n)) out.push(`${path}: not a finite number`);
    if (schema.minimum !== undefined && n < schema.minimum) out.push(`${path}: ${n} < ${schema.minimum}`);
    if (schema.maximum !== undefined && n > schema.maximum) out.push(`${path}: ${n} > ${schema.maximum}`);
  }
  if (t === 'array') {
    const a = value as unknown[];
    if (schema.minItems !== undefined && a.length < schema.minItems)
      out.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items)
      a.forEach((item, i) => out.push(...checkSchema(item, schema.items as JsonSchema, `${path}[${i}]`)));
  }
  if (t === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in o)) out.push(`${path}: missing required "${key}"`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in o) out.push(...checkSchema(o[key], sub, `${path}.${key}`));
    }
    if (schema.additionalProperties === false) {
      for (const key of Object.keys(o))
        if (!(key in (schema.properties ?? {}))) out.push(`${path}: unexpected "${key}"`);
    }
  }
  return out;
}
