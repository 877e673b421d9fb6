// Builds the database of the stress offices (stress-offices.ts): each source document read
// by the real reader, re-nested where it asks for deeper levels than its text can write,
// renamed where it asks for names the reader does not take from a text,
// and imported by the real store into a file of its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../electron/node/store/store.ts';
import { readDocumentsForImportNow } from '../../electron/node/store/import.ts';
import type { ParsedUnit } from '../../shared/types.ts';
import { nestByDepth, stressOffices, type StressOffice } from './stress-offices.ts';

/** Every unit read, in text order. */
function allUnits(units: ParsedUnit[]): ParsedUnit[] {
  return units.flatMap((u) => [u, ...allUnits(u.units)]);
}

export function buildStressDb(
  dir: string,
  offices: StressOffice[] = stressOffices(),
): { db: string; offices: StressOffice[] } {
  const docs = offices.map((o, i) => {
    const file = join(dir, `stress-${i}.txt`);
    writeFileSync(file, o.text);
    const [doc] = readDocumentsForImportNow([file]);
    // Renamed in text order before nesting, so nested units can be renamed too.
    if (o.renamed) {
      const units = allUnits(doc!.parsed.office.units);
      if (units.length !== o.renamed.length)
        throw new Error(`${units.length} units read, ${o.renamed.length} names given`);
      units.forEach((u, i) => (u.name = o.renamed![i]!));
    }
    if (o.depths) doc!.parsed.office.units = nestByDepth(doc!.parsed.office.units, o.depths);
    return doc!;
  });
  const db = join(dir, 'stress.db');
  const store = openStore(db, { create: true });
  try {
    store.importDocuments(docs);
  } finally {
    store.close();
  }
  return { db, offices };
}
