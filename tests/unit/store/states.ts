// Shared by the crash and snapshot tests: small office documents in a few versions, and a
// database's content with the parts every import renews (ids, timestamps) left out, so
// "exactly the old state or exactly the new one" can be compared.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../../electron/node/store/store.ts';

/** An office description in the shape of a published page, with the given units. */
export function officeText(office: string, units: string[]): string {
  return (
    [
      `${office}简介`,
      `${office}是市政府工作部门。`,
      '主要职责',
      '一、贯彻执行党和国家外事工作方针政策。',
      '二、负责全市因公出国(境)管理工作。',
      '内设机构',
      ...units.flatMap((unit, i) => [`${'一二三四五六七八九十'[i]}、${unit}`, `负责${unit}的日常工作。`]),
      '通信地址',
      '样例市中山路1号',
    ].join('\n') + '\n'
  );
}

export function writeOffice(dir: string, file: string, office: string, units: string[]): string {
  const p = path.join(dir, file);
  writeFileSync(p, officeText(office, units));
  return p;
}

const renewed = new Set(['id', 'officeId', 'parentId', 'importedAt']);

/** The JSON export without ids and timestamps. */
export function normalize(exported: string): string {
  return JSON.stringify(JSON.parse(exported), (key, value) => (renewed.has(key) ? undefined : value));
}

export function normalizedExport(dbPath: string): string {
  const store = openStore(dbPath);
  try {
    return normalize(store.exportAll('json'));
  } finally {
    store.close();
  }
}
