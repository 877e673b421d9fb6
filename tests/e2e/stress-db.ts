// Builds the database of the stress offices (stress-offices.ts): each source document read
// by the real reader, re-nested where it asks for deeper levels than its text can write,
// and imported by the real store into a file of its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../electron/node/store/store.ts';
import { readDocumentsForImportNow } from '../../electron/node/store/import.ts';
import { nestByDepth, stressOffices, type StressOffice } from './stress-offices.ts';

export function buildStressDb(dir: string): { db: string; offices: StressOffice[] } {
  const offices = stressOffices();
  const docs = offices.map((o, i) => {
    const file = join(dir, `stress-${i}.txt`);
    writeFileSync(file, o.text);
    const [doc] = readDocumentsForImportNow([file]);
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
