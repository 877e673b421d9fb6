// The parallel segment build (worker threads beside the main thread) must give, office for
// office, the bytes the serial build gives, whoever built each segment.
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../../bench/generate.ts';
import { loadLabelledSet } from '../../../bench/labelled.ts';
import { buildSegments } from '../../../electron/node/store/segment-builders.ts';
import { buildSegment } from '../../../shared/search/build.ts';
import { loadSearchIndex, search } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';

const ids = idCounter();
// Real offices (other readings, traditional text, people) and generated ones.
const offices = [
  ...loadLabelledSet(ids).offices,
  ...generateDirectory({ label: 'small', offices: 12, unitsPerOffice: 4, clausesPerUnit: 3 }, ids),
];
const pause = new Int32Array(new SharedArrayBuffer(4));

describe('parallel segment build', () => {
  it('gives each office the serial build’s bytes, in order, with workers building some of them', () => {
    // A slow first read keeps the main thread busy long enough for the worker to start (about a second) and take offices.
    const read = (i: number) => {
      if (i === 0) Atomics.wait(pause, 0, 0, 3000);
      return offices[i]!;
    };
    const { segments, indexes, byWorkers } = buildSegments(offices.length, read, 1);
    expect(segments).toHaveLength(offices.length);
    offices.forEach((office, i) => expect(Buffer.compare(segments[i]!, buildSegment(office))).toBe(0));
    expect(byWorkers).toBeGreaterThan(0);
    expect(byWorkers).toBeLessThan(offices.length);
    // Only the segments built on this thread come with their index.
    expect(indexes.filter(Boolean)).toHaveLength(offices.length - byWorkers);
  });

  it('gives each segment built on this thread an index that answers as its bytes do', () => {
    const { segments, indexes } = buildSegments(offices.length, (i) => offices[i]!, 0);
    offices.forEach((office, i) => {
      const asBuilt = indexes[i]!;
      const asRead = loadSearchIndex(segments[i]!);
      expect(asBuilt.meta.offices.map((o) => o.id)).toEqual([office.id]);
      expect(search(asBuilt, office.name, { limit: 20 }).hits).toEqual(search(asRead, office.name, { limit: 20 }).hits);
    });
  });

  it('reads every office once, on the calling thread', () => {
    const reads: number[] = [];
    buildSegments(offices.length, (i) => (reads.push(i), offices[i]!), 1);
    expect(reads.sort((a, b) => a - b)).toEqual(offices.map((_, i) => i));
  });

  it('builds serially without workers, and an office that cannot be built fails the build', () => {
    expect(buildSegments(2, (i) => offices[i]!, 0).byWorkers).toBe(0);
    expect(() => buildSegments(1, () => ({}) as never, 0)).toThrow();
  });
});
