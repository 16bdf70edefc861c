import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/data/coverage';
import { readCoverageNotes, readIndicators, readLayers } from './geodata-files';

describe('computeCoverage on the shipped data', () => {
  const cov = computeCoverage(readLayers(), readIndicators(), readCoverageNotes());
  const layer = (id: string) => {
    const c = cov.find((x) => x.layer === id);
    if (!c) throw new Error(id);
    return c;
  };

  it('counts heritage units against the paper', () => {
    const h = layer('heritage-units');
    expect(h.parts.map((p) => [p.paper, p.held])).toEqual([
      [10, 9],
      [154, 18],
    ]);
    expect(h.held).toBe(27);
    expect(h.precision).toEqual({ exact: 4, approximate: 4, unknown: 19 });
    expect(h.differs[0]?.en).toBe(
      'The paper counts 10 national units; the 10th is not identified by any source we hold, so it is not shown.',
    );
    expect(h.leftOut.some((n) => n.name_zh.includes('10th unit NOT IDENTIFIED'))).toBe(true);
  });

  it('explains the 4A difference from the data', () => {
    const s = layer('scenic-spots');
    expect(s.parts.map((p) => [p.paper, p.held])).toEqual([
      [47, 17],
      [10, 12],
    ]);
    const text = s.differs[0]?.en ?? '';
    expect(text).toContain('12 spots are 4A in our data; the paper says 10');
    expect(text).toContain('河口古镇旅游景区 was rated after the paper');
    expect(text).toContain('石佛沟景区 appears only on a public notice');
    expect(s.differs[0]?.zh).toContain('河口古镇旅游景区在论文之后才评为4A');
  });

  it('counts museums, ICH, designations and the tourist line', () => {
    expect(layer('museums').parts[0]).toMatchObject({ paper: 29, held: 24 });
    expect(layer('museums').precision).toEqual({ exact: 3, approximate: 1, unknown: 20 });
    expect(layer('ich-items').parts.map((p) => [p.paper, p.held])).toEqual([
      [5, 5],
      [35, 7],
      [77, 0],
    ]);
    expect(layer('ich-items').precision.unknown).toBe(12);
    expect(layer('designations').parts.map((p) => p.held)).toEqual([2, 2, 1, 0, 2, 5]);
    expect(layer('designations').leftOut.some((n) => n.name_zh.startsWith('读者印象'))).toBe(true);
    const t = layer('tourist-line');
    expect(t.parts[0]).toMatchObject({ paper: null, held: 7 });
    expect(t.differs[0]?.en).toMatch(/^4 of 7 stops have no sourced position/);
  });

  it('gives every statement in both languages', () => {
    for (const c of cov) for (const d of c.differs) expect(d.zh.length > 0 && d.en.length > 0).toBe(true);
  });
});
