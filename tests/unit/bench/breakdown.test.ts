import { describe, expect, it } from 'vitest';
import { categorise, medianPhases, phases, summariseProfile } from '../../../bench/breakdown';
import type { CpuProfile } from '../../../bench/breakdown';

describe('start-up breakdown', () => {
  it('turns marks into phases, folding a missing step into the next one', () => {
    const p = phases({ 'lcm:script': 400, 'lcm:data': 600, 'lcm:map-created': 700, 'lcm:map-idle': 2000 });
    expect(p.map((x) => [x.mark, x.ms])).toEqual([
      ['lcm:script', 400],
      ['lcm:data', 200],
      ['lcm:map-created', 100],
      ['lcm:map-idle', 1300],
    ]);
    expect(p.reduce((s, x) => s + x.ms, 0)).toBe(2000);
  });

  it('takes the median of each phase over visits', () => {
    const m = medianPhases([{ 'lcm:script': 100 }, { 'lcm:script': 300 }, { 'lcm:script': 200, 'lcm:data': 260 }]);
    expect(m).toEqual([
      { mark: 'lcm:script', label: expect.any(String), ms: 200 },
      { mark: 'lcm:data', label: expect.any(String), ms: 60 },
    ]);
  });

  it('charges glyph rasterising and placement by the frames on the stack, the rest by script', () => {
    const ml = 'http://127.0.0.1/assets/maplibre-gl-abc.js';
    expect(categorise({ functionName: 'draw', url: ml }, ['_drawGlyph', 'x'])).toBe('glyphs (TinySDF, CJK)');
    expect(categorise({ functionName: 'hitTest', url: ml }, ['placeLayerBucketPart'])).toBe('label placement');
    expect(categorise({ functionName: 'x', url: ml }, [])).toBe('MapLibre other');
    expect(categorise({ functionName: 'start', url: 'http://127.0.0.1/assets/index-abc.js' }, [])).toBe('app code');
    expect(categorise({ functionName: '(garbage collector)', url: '' }, [])).toBe('garbage collection');
    expect(categorise({ functionName: '(program)', url: '' }, [])).toBe('browser (parse, style, layout, compile)');
  });

  it('sums sample time per category from a CDP profile', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 4] },
        { id: 2, callFrame: { functionName: '_drawGlyph', url: 'maplibre-gl-a.js' }, children: [3] },
        { id: 3, callFrame: { functionName: 'draw', url: 'maplibre-gl-a.js' } },
        { id: 4, callFrame: { functionName: '(idle)', url: '' } },
      ],
      samples: [3, 3, 4],
      timeDeltas: [1000, 2000, 500],
    };
    const s = summariseProfile(profile);
    expect(s['glyphs (TinySDF, CJK)']).toBe(3);
    expect(s.idle).toBe(0.5);
  });
});
