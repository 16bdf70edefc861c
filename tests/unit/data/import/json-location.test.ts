import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineColumnAt, locateJsonSyntaxError, scanJsonError } from '../../../../src/data/import/json-location';

describe('JSON error location', () => {
  it('turns an offset into 1-based line and column, counting \\n, \\r\\n and \\r as one line end each', () => {
    expect(lineColumnAt('abc', 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ offset: 4, line: 2, column: 2 });
    expect(lineColumnAt('ab\r\ncd', 5)).toEqual({ offset: 5, line: 2, column: 2 });
    expect(lineColumnAt('a\rb\nc', 4)).toEqual({ offset: 4, line: 3, column: 1 });
  });

  it('reads "position N" (V8 ≤ 11), "line L column C" (V8 ≥ 12, Firefox) and "end of input"', () => {
    const text = '{\n  "a": 1,\n  "b": ,\n}';
    expect(locateJsonSyntaxError(text, 'Unexpected token , in JSON at position 19')).toMatchObject({
      line: 3,
      column: 8,
    });
    expect(
      locateJsonSyntaxError(
        text,
        `Unexpected token ',', ..."  "b": ,\n}" is not valid JSON at position 19 (line 3 column 8)`,
      ),
    ).toMatchObject({ line: 3, column: 8, offset: 19 });
    expect(
      locateJsonSyntaxError(text, 'JSON.parse: unexpected character at line 3 column 8 of the JSON data'),
    ).toMatchObject({ line: 3, column: 8, offset: 19 });
    expect(locateJsonSyntaxError('{"a":\n[1,', 'Unexpected end of JSON input')).toMatchObject({ line: 2, column: 4 });
  });

  it('agrees with this engine’s JSON.parse message on real errors', () => {
    const text =
      '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature",, "properties": {}}\n  ]\n}';
    let message = '';
    try {
      JSON.parse(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(locateJsonSyntaxError(text, message)).toMatchObject({ line: 4, column: 24 });
    // Without a usable message the scanner finds the same place.
    expect(locateJsonSyntaxError(text, 'SyntaxError')).toMatchObject({ line: 4, column: 24 });
  });

  it('scanner: null for valid JSON, the offending offset otherwise, and no stack overflow on deep nesting', () => {
    expect(scanJsonError('{"a":[1,2.5e3,-0,true,false,null,"x\\u00e9\\n"],"b":{}}')).toBeNull();
    expect(scanJsonError('[1,]')).toBe(3);
    expect(scanJsonError('{"a" 1}')).toBe(5);
    expect(scanJsonError('[01]')).toBe(2);
    expect(scanJsonError('tru')).toBe(3);
    expect(scanJsonError('{} x')).toBe(3);
    expect(scanJsonError('"\u0001"')).toBe(1);
    expect(scanJsonError('[1] ')).toBeNull();
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(scanJsonError(deep)).toBeNull();
    expect(scanJsonError('['.repeat(200_000))).toBe(200_000);
  });

  it('scanner agrees with JSON.parse on whether random JSON-ish text is valid (property-based)', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '1',
      '-2.5e3',
      'true',
      'null',
      ' ',
      '\n',
      '"',
      '01',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        expect(scanJsonError(s) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
