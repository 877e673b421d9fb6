// Reads while another process imports: every read that spans several statements must see
// one committed state. A child imports two versions of an office in turn while this process
// reads the office list, the office, one of its units, the JSON export and searches; each
// answer must belong wholly to one version.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../electron/node/store/errors.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { tempDir } from './helpers.ts';
import { normalize, writeOffice } from './states.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';

const child = path.join(import.meta.dirname, 'children', 'import-loop.ts');
const OFFICE = '样例市外事办公室';
const UNITS_A = ['办公室', '护照签证科', '友城交流科', '礼宾科'];
const UNITS_B = ['综合科', '新闻科'];
// Reads go on until the child has committed this many imports (on a loaded machine that can
// take far longer than on a quiet one), or until the cap, after which the test fails.
const MIN_IMPORTS = 12;
const MIN_EXPORTS = 21;
const READ_CAP_MS = 40_000;

describe('reads during imports by another process', () => {
  it(
    'each see one whole version: no office without units, no export of a state that never existed',
    async () => {
      const dir = tempDir();
      const fileA = writeOffice(dir, 'a.txt', OFFICE, UNITS_A);
      const fileB = writeOffice(dir, 'b.txt', OFFICE, UNITS_B);
      const dbPath = path.join(dir, 'shared.db');
      const store = openStore(dbPath, { create: true });
      store.importDocuments(readDocumentsForImportNow([fileB]));
      const exportB = normalize(store.exportAll('json'));
      store.importDocuments(readDocumentsForImportNow([fileA]));
      const exportA = normalize(store.exportAll('json'));

      const proc = spawn(process.execPath, [child, dbPath, fileB, fileA], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      while (!out.includes('ready')) await sleep(10);

      const seen = { offices: 0, units: 0, exports: 0, searches: 0, replacedMeanwhile: 0, mixed: [] as string[] };
      const versionOf = (names: string[]) =>
        JSON.stringify(names) === JSON.stringify(UNITS_A)
          ? 'A'
          : JSON.stringify(names) === JSON.stringify(UNITS_B)
            ? 'B'
            : undefined;
      const importsSoFar = () => out.split('\n').filter((line) => /^C\d+$/.test(line)).length;
      const cap = Date.now() + READ_CAP_MS;
      while ((importsSoFar() < MIN_IMPORTS || seen.exports < MIN_EXPORTS) && Date.now() < cap) {
        // Let the child's output in (the reads below are synchronous).
        await new Promise((resolve) => setImmediate(resolve));
        const list = store.listOffices();
        if (list.length !== 1 || ![UNITS_A.length, UNITS_B.length].includes(list[0]!.unitCount))
          seen.mixed.push(`list ${JSON.stringify(list)}`);
        try {
          // The office may be replaced between the list and this call: then it is gone, never half there.
          const office = store.getOffice(list[0]!.id);
          seen.offices++;
          const version = versionOf(office.units.map((u) => u.name));
          if (!version) seen.mixed.push(`office with units ${office.units.map((u) => u.name).join(',') || '(none)'}`);
          if (office.units.length === 0) continue;
          const unit = store.getUnit(office.units[0]!.id);
          seen.units++;
          if (unit.office.id !== office.id || unit.unit.name !== office.units[0]!.name)
            seen.mixed.push(`unit ${unit.unit.name}`);
        } catch (err) {
          if (!(err instanceof StoreError && err.code === 'not-found')) throw err;
          seen.replacedMeanwhile++;
        }
        const exported = normalize(store.exportAll('json'));
        seen.exports++;
        if (exported !== exportA && exported !== exportB) seen.mixed.push('an export of neither version');
        // Search answers from one index, built with one version's units.
        const units = [
          ...new Set(
            store
              .search('科')
              .hits.filter((h) => h.kind === 'unit')
              .map((h) => h.unit!),
          ),
        ];
        seen.searches++;
        if (!units.every((u) => UNITS_A.includes(u)) && !units.every((u) => UNITS_B.includes(u)))
          seen.mixed.push(`search units ${units.join(',')}`);
      }
      proc.kill('SIGKILL');
      await new Promise((resolve) => proc.on('close', resolve));
      const imports = importsSoFar();
      store.close();
      console.log(`snapshot test: ${JSON.stringify({ ...seen, mixed: seen.mixed.length, importsMeanwhile: imports })}`);
      expect(seen.mixed).toEqual([]);
      // The reads really overlapped many imports.
      expect(imports).toBeGreaterThanOrEqual(MIN_IMPORTS);
      expect(seen.exports).toBeGreaterThanOrEqual(MIN_EXPORTS);
    },
    READ_CAP_MS + 20_000,
  );
});
