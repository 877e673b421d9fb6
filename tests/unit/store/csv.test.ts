import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import { csvField, exportCsv } from '../../../electron/node/store/export.ts';
import { handOffice, tempDir, writeDocuments } from './helpers.ts';

describe('csvField', () => {
  it('quotes only what needs quoting, doubling inner quotes', () => {
    expect(csvField('亚洲处')).toBe('亚洲处');
    expect(csvField('负责文电,会议')).toBe('"负责文电,会议"');
    expect(csvField('承担"督查"事项')).toBe('"承担""督查""事项"');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(23)).toBe('23');
    expect(csvField(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+86 791 1234567')).toBe("'+86 791 1234567");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('\t=1')).toBe("'\t=1");
    // A defused field that also needs quoting is quoted around the apostrophe.
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('=HYPERLINK("http://x","点击")')).toBe(`"'=HYPERLINK(""http://x"",""点击"")"`);
  });

  it('leaves formula characters alone after the first one, and numbers as numbers', () => {
    expect(csvField('电话=0791')).toBe('电话=0791');
    expect(csvField(' =1')).toBe(' =1');
    expect(csvField('')).toBe('');
    expect(csvField(-1)).toBe('-1');
  });
});

describe('exportCsv', () => {
  it('defuses formula-like cells coming from a stored document', () => {
    const doc = handOffice();
    doc.office.contacts = [{ label: '电话', value: '+86-791-1234567', line: 19 }];
    doc.office.units[1]!.duties = [{ label: null, text: "=cmd|' /C calc'!A0", line: 13 }];
    doc.office.people = [{ title: '@主任', name: '王芳', line: 15 }];
    const db = openDatabase(path.join(tempDir(), 'csv.db'), { create: true });
    writeDocuments(db, [doc]);
    const rows = exportCsv(db).split('\r\n');
    db.close();
    expect(rows).toContain("contact,样例市人民政府办公室,,电话,'+86-791-1234567,19,doc0.txt,");
    expect(rows).toContain("duty,样例市人民政府办公室,督查科,,'=cmd|' /C calc'!A0,13,doc0.txt,affiliated");
    expect(rows).toContain("person,样例市人民政府办公室,,'@主任,王芳,15,doc0.txt,");
    expect(rows).toContain('unit,样例市人民政府办公室,秘书科,(一),秘书科,7,doc0.txt,internal');
  });

  it('gives each unit row, and each row under a unit, the unit kind; office rows leave it empty', () => {
    const db = openDatabase(path.join(tempDir(), 'kind.db'), { create: true });
    writeDocuments(db, [handOffice()]);
    const rows = exportCsv(db).split('\r\n');
    db.close();
    expect(rows[0]).toBe('\uFEFFkind,office,unit,label,text,line,source,unit_kind');
    expect(rows).toContain('unit,样例市人民政府办公室,秘书科 / 档案室,,档案室,10,doc0.txt,internal');
    expect(rows).toContain('former-name,样例市人民政府办公室,秘书科 / 档案室,,机要室,10,doc0.txt,internal');
    expect(rows).toContain('person,样例市人民政府办公室,秘书科,科长,李明,9,doc0.txt,internal');
    expect(rows).toContain('unit,样例市人民政府办公室,督查科,(二),督查科,12,doc0.txt,affiliated');
    expect(rows).toContain('office,样例市人民政府办公室,,,样例市人民政府办公室,,doc0.txt,');
    expect(rows).toContain('duty,样例市人民政府办公室,,二,督促检查市政府决定事项的落实。,5,doc0.txt,');
  });
});
