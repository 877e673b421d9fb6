import { describe, expect, it } from 'vitest';
import { stepZoom } from '../../../renderer/zoom-levels.ts';

describe('zoom steps', () => {
  it('walks the levels up and down and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1.1, 1)).toBe(1.25);
    expect(stepZoom(1.75, 1)).toBe(2);
    expect(stepZoom(2, 1)).toBe(2);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.8, -1)).toBe(0.8);
  });

  it('resets to 100%', () => {
    expect(stepZoom(1.75, 0)).toBe(1);
    expect(stepZoom(0.8, 0)).toBe(1);
  });
});
