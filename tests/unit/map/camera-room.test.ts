import { describe, expect, it } from 'vitest';
import { offsetBetween } from '../../../src/map/camera-room';

const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('offsetBetween', () => {
  it('is zero when the room is the same', () => {
    expect(offsetBetween(none, none, 940, 748)).toEqual([0, 0]);
  });

  it('a panel on the right moves the centre left by half its width; one at the bottom moves it up', () => {
    // 1280×800 desktop: a 400 px panel (plus a 40 px margin) over the right of a 940 px map.
    expect(offsetBetween(none, { ...none, right: 440 }, 940, 748)).toEqual([-220, 0]);
    // Phone: a sheet over the lower 400 px.
    expect(offsetBetween(none, { ...none, bottom: 400 }, 390, 790)).toEqual([0, -200]);
  });

  it('counts from the padding MapLibre already centres in', () => {
    // The card's padding (right 400) is on; the suggest panel leaves the same room plus margins on every side.
    expect(offsetBetween({ ...none, right: 400 }, { top: 40, right: 440, bottom: 40, left: 40 }, 940, 748)).toEqual([
      0, 0,
    ]);
  });
});
