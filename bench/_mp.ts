import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildSearchIndex, buildSegment, loadSearchIndex, mergedIndex, mergeIndexes } from '../shared/search/index.ts';
import { generateDirectory } from './generate.ts';
import { idCounter } from '../shared/search/from-parsed.ts';
import { SIZES } from './search.ts';
const size = SIZES.find((s) => s.label === '150k')!;
const b150 = '/tmp/iw/base150k.index', segf = '/tmp/iw/seg.index';
if (!existsSync(b150)) {
  const offices = generateDirectory(size, idCounter());
  writeFileSync(b150, buildSearchIndex(offices));
  writeFileSync(segf, buildSegment({ ...structuredClone(offices[200]), id: 99999999 } as any));
}
const file = process.argv[2] === 'national' ? '/tmp/orgatlas-bench/national-150k-5a9224462f9ab0e3.index' : b150;
const base = loadSearchIndex(readFileSync(file));
const seg = loadSearchIndex(readFileSync(segf));
const parts = [{ index: base, drop: new Set([200]) }, { index: seg }];
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(0);
const a: number[] = [], b: number[] = [], ca: number[] = [], cb: number[] = [];
for (let i = 0; i < 5; i++) {
  let c = process.cpuUsage(); let t = performance.now();
  if (!process.env.ONLY) loadSearchIndex(mergeIndexes(parts)); a.push(performance.now() - t); c = process.cpuUsage(c); ca.push((c.user + c.system) / 1000);
  c = process.cpuUsage(); t = performance.now();
  mergedIndex(parts); b.push(performance.now() - t); c = process.cpuUsage(c); cb.push((c.user + c.system) / 1000);
}
console.log(process.argv[2] ?? '150k', 'blob+load', med(a), 'cpu', med(ca), '| in memory', med(b), 'cpu', med(cb));
