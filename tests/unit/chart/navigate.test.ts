import { describe, expect, it } from 'vitest';
import { neighbourBox } from '../../../shared/chart/navigate.ts';
import type { ChartBox, ChartEdge } from '../../../shared/chart/types.ts';

const box = (key: string, x: number, y: number): ChartBox => ({
  key,
  unitId: null,
  depth: 0,
  x,
  y,
  width: 40,
  height: 20,
  vertical: false,
  texts: [],
  childCount: 0,
  collapsed: false,
  affiliated: false,
  group: false,
});
const edge = (from: string, to: string): ChartEdge => ({ from, to, points: [] });

// An office over three units; the units wrap into two rows (c under a), listed in tree order
// b, c, a so reading order has to come from the positions; b has one sub-unit d.
const layout = {
  boxes: [box('o', 100, 0), box('b', 150, 60), box('c', 50, 120), box('a', 50, 60), box('d', 150, 180)],
  edges: [edge('o', 'b'), edge('o', 'c'), edge('o', 'a'), edge('b', 'd')],
};

describe('neighbourBox: arrow keys between chart boxes', () => {
  it('goes down to the first child in reading order and up to the parent', () => {
    expect(neighbourBox(layout, 'o', 'down')).toBe('a');
    expect(neighbourBox(layout, 'b', 'down')).toBe('d');
    expect(neighbourBox(layout, 'd', 'up')).toBe('b');
    expect(neighbourBox(layout, 'a', 'up')).toBe('o');
  });

  it('moves left and right through the siblings row by row, Home and End to the ends', () => {
    expect(neighbourBox(layout, 'a', 'right')).toBe('b');
    expect(neighbourBox(layout, 'b', 'right')).toBe('c');
    expect(neighbourBox(layout, 'c', 'left')).toBe('b');
    expect(neighbourBox(layout, 'b', 'first')).toBe('a');
    expect(neighbourBox(layout, 'a', 'last')).toBe('c');
  });

  it('has nowhere to go past the ends, above the root, below a leaf or from a box not drawn', () => {
    expect(neighbourBox(layout, 'a', 'left')).toBeNull();
    expect(neighbourBox(layout, 'c', 'right')).toBeNull();
    expect(neighbourBox(layout, 'o', 'up')).toBeNull();
    expect(neighbourBox(layout, 'o', 'right')).toBeNull();
    expect(neighbourBox(layout, 'd', 'down')).toBeNull();
    expect(neighbourBox(layout, 'zz', 'down')).toBeNull();
    expect(neighbourBox(layout, 'a', 'first')).toBeNull();
  });
});
