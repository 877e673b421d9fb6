// Shared by the database tests: temp folders and small hand-built documents.
import Database from 'better-sqlite3';
import path from 'node:path';
import { refreshSearchIndex } from '../../../electron/node/store/search-index.ts';
import { writeDocument } from '../../../electron/node/store/write.ts';
import type { ParsedDocument } from '../../../shared/types.ts';
import { tempDirMaker } from '../test-files.ts';

export { repoRoot, seedFile } from '../test-files.ts';
export const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

/** A fresh temporary folder, removed after the test. */
export const tempDir = tempDirMaker('orgatlas-db-');

/** A small office written by hand: an internal unit with a nested one and an affiliated unit, with duties, people, an honour. */
export function handOffice(name = '样例市人民政府办公室'): ParsedDocument {
  return {
    office: {
      name,
      aliases: ['样例市政府办'],
      formerNames: ['样例市人民政府办公厅'],
      summary: ['样例市人民政府办公室是市政府工作部门。'],
      duties: [
        { label: '一', text: '负责市政府会议的组织工作；承办市政府公文。', line: 4 },
        { label: '二', text: '督促检查市政府决定事项的落实。', line: 5 },
      ],
      units: [
        {
          name: '秘书科',
          kind: 'internal',
          aliases: ['文电科'],
          formerNames: [],
          label: '(一)',
          line: 7,
          duties: [{ label: null, text: '负责文电处理,会议组织。', line: 8 }],
          people: [{ title: '科长', name: '李明', line: 9 }],
          units: [
            {
              name: '档案室',
              kind: 'internal',
              aliases: [],
              formerNames: ['机要室'],
              label: null,
              line: 10,
              duties: [{ label: null, text: '管理机关档案', line: 11 }],
              people: [],
              units: [],
            },
          ],
        },
        {
          name: '督查科',
          kind: 'affiliated',
          aliases: [],
          formerNames: [],
          label: '(二)',
          line: 12,
          duties: [{ label: null, text: '承担"督查"事项的跟踪。', line: 13 }],
          people: [],
          units: [],
        },
      ],
      people: [{ title: '主任', name: '王芳', line: 15 }],
      honors: [{ date: '2021-05', text: '获评市级文明单位', line: 17 }],
      address: '样例市中山路1号',
      contacts: [{ label: '电话', value: '0791-1234567', line: 19 }],
      asOf: '2023-01',
    },
    diagnostics: [{ line: 12, severity: 'warning', code: 'count-mismatch', message: '设3个科室, found 2' }],
    lineRoles: [],
  };
}

export const handSource = (file = 'sample.txt') => ({
  path: file,
  sha256: 'ab'.repeat(32),
  encoding: 'utf-8',
  lines: Array.from({ length: 20 }, (_, i) => `raw line ${i + 1}`),
});

/** Writes hand-built documents the way an import does, in one transaction. */
export function writeDocuments(db: Database.Database, docs: ParsedDocument[]): void {
  db.transaction(() => {
    docs.forEach((doc, i) => writeDocument(db, doc, handSource(`doc${i}.txt`), '2024-01-01T00:00:00.000Z'));
    refreshSearchIndex(db);
  })();
}

/** The stored base's bytes: its page rows joined in order (search_index_pages, migration 012). */
export function storedBaseBytes(db: Database.Database): Buffer {
  const pages = db
    .prepare(
      'SELECT p.bytes FROM search_index_pages p JOIN search_index h ON h.id = 1 AND p.base = h.base ORDER BY p.page',
    )
    .pluck()
    .all() as Buffer[];
  return Buffer.concat(pages);
}
