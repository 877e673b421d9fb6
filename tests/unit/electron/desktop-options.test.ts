// printPage / savePdf arguments as the renderer could send them, good and bad.
import { describe, expect, it } from 'vitest';
import { parsePdfOptions, parsePrintOptions, safePdfFileName } from '../../../electron/main/desktop-options.ts';

describe('savePdf options', () => {
  it('accepts what the chart view sends, and nothing', () => {
    expect(parsePdfOptions({ pageSize: 'A3', landscape: true, defaultName: '江西省外事办-组织结构.pdf' })).toEqual({
      ok: true,
      value: { pageSize: 'A3', landscape: true, defaultName: '江西省外事办-组织结构.pdf' },
    });
    expect(parsePdfOptions(undefined)).toEqual({ ok: true, value: {} });
    expect(parsePdfOptions({})).toEqual({ ok: true, value: {} });
  });

  it('refuses an unknown page size, naming the field', () => {
    const r = parsePdfOptions({ pageSize: 'B99' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Invalid PDF options: pageSize: /);
  });

  it('refuses wrong types, extra keys, over-long names and non-objects with a clear message', () => {
    const bad: [unknown, RegExp][] = [
      [{ landscape: 'yes' }, /^Invalid PDF options: landscape: /],
      [{ filePath: '/etc/passwd' }, /^Invalid PDF options: options: .*filePath/],
      [{ defaultName: 'x'.repeat(201) }, /^Invalid PDF options: defaultName: /],
      ['A4', /^Invalid PDF options: options: /],
      [[1, 2], /^Invalid PDF options: options: /],
    ];
    for (const [raw, message] of bad) {
      const r = parsePdfOptions(raw);
      expect(r.ok, JSON.stringify(raw)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});

describe('printPage options', () => {
  it('accepts landscape only', () => {
    expect(parsePrintOptions({ landscape: false })).toEqual({ ok: true, value: { landscape: false } });
    expect(parsePrintOptions(undefined)).toEqual({ ok: true, value: {} });
    expect(parsePrintOptions({ landscape: 1 }).ok).toBe(false);
    expect(parsePrintOptions({ silent: true }).ok).toBe(false);
  });
});

describe('PDF file name offered in the save dialog', () => {
  it('cannot leave the folder it is offered in', () => {
    expect(safePdfFileName('../../etc/passwd')).toBe('.._.._etc_passwd.pdf');
    expect(safePdfFileName('C:\\Windows\\x.pdf')).toBe('C__Windows_x.pdf');
  });

  it('keeps a good name, adds .pdf, and falls back when empty', () => {
    expect(safePdfFileName('江西省外事办-组织结构.pdf')).toBe('江西省外事办-组织结构.pdf');
    expect(safePdfFileName('chart')).toBe('chart.pdf');
    expect(safePdfFileName('  ')).toBe('OrgAtlas.pdf');
    expect(safePdfFileName(undefined)).toBe('OrgAtlas.pdf');
  });
});
