// `orgatlas search --office/--region/--level`, through the same API as the app, on three
// hand-written offices in two provinces and four levels (one national).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/types.ts';
import { expectOneLineFailure, orgatlas } from './run.ts';

const office = (name: string) => `${name}
主要职责
一、负责全辖区档案管理工作。
内设机构
一、办公室
负责机关文电、会务和档案工作。
二、档案管理科
负责档案的收集和利用。
`;

let dir: string;
let db: string;
// One database for the whole file (the per-test temp folders go after each test).
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'orgatlas-cli-filters-'));
  db = path.join(dir, 'filters.db');
  const files = ['江西省档案局', '南昌市档案局', '青山湖区档案局', '吉林省档案局', '国家档案局'].map((name, i) => {
    const file = path.join(dir, `office-${i}.txt`);
    writeFileSync(file, office(name));
    return file;
  });
  const imported = orgatlas(['import', ...files, '--db', db]);
  expect(imported.status, imported.stderr).toBe(0);
});

const officesFound = (args: string[]) => {
  const run = orgatlas(['search', '档案管理科', '--db', db, '--json', ...args]);
  expect(run.status, run.stderr).toBe(0);
  return [...new Set((JSON.parse(run.stdout) as SearchResult).hits.map((h) => h.office))].sort();
};

describe('orgatlas search filters', () => {
  it('--region keeps the offices in that place, at any level', () => {
    expect(officesFound([])).toEqual(['南昌市档案局', '吉林省档案局', '国家档案局', '江西省档案局', '青山湖区档案局']);
    expect(officesFound(['--region', '江西'])).toEqual(['南昌市档案局', '江西省档案局', '青山湖区档案局']);
    expect(officesFound(['--region', '南昌市'])).toEqual(['南昌市档案局', '青山湖区档案局']);
  });

  it('--level keeps one level, and combines with --region', () => {
    expect(officesFound(['--level', 'province'])).toEqual(['吉林省档案局', '江西省档案局']);
    expect(officesFound(['--level', 'province', '--region', '吉林省'])).toEqual(['吉林省档案局']);
    expect(officesFound(['--level', 'national'])).toEqual(['国家档案局']);
  });

  it('--office takes a name or an id', () => {
    expect(officesFound(['--office', '南昌市档案局'])).toEqual(['南昌市档案局']);
    const first = orgatlas(['search', '档案管理科', '--db', db, '--json', '--office', '南昌市档案局']);
    const id = (JSON.parse(first.stdout) as SearchResult).hits[0]!.officeId;
    expect(officesFound(['--office', String(id)])).toEqual(['南昌市档案局']);
  });

  it('says in one line what is wrong with a filter', () => {
    expectOneLineFailure(
      orgatlas(['search', '档案', '--db', db, '--level', 'village']),
      /--level must be national, province, city, county or township, not "village"/,
    );
    expectOneLineFailure(
      orgatlas(['search', '档案', '--db', db, '--office', '火星档案局']),
      /no office named "火星档案局"/,
    );
  });
});
