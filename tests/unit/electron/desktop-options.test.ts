// The desktop calls' arguments as the renderer could send them, good and bad, checked by the
// same dispatch the IPC wrapper runs; and the PDF file name offered in the save dialog.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { desktopCalls } from '../../../shared/contract/index.ts';
import { safePdfFileName } from '../../../electron/main/desktop-options.ts';

// Echoes the validated arguments, so what the handler would get is what the test sees.
const echo = { printPage: (args: unknown) => args, savePdf: (args: unknown) => args } as never;
const call = (method: string, args: unknown) => dispatch(desktopCalls, echo, method, args);

describe('savePdf arguments', () => {
  it('accepts what the chart view sends, and nothing', async () => {
    expect(
      await call('savePdf', { pageSize: 'A3', landscape: true, defaultName: '江西省外事办-组织结构.pdf' }),
    ).toEqual({
      ok: true,
      value: { pageSize: 'A3', landscape: true, defaultName: '江西省外事办-组织结构.pdf' },
    });
    expect(await call('savePdf', undefined)).toEqual({ ok: true, value: {} });
  });

  it('refuses an unknown page size, naming the field', async () => {
    expect(await call('savePdf', { pageSize: 'B99' })).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        field: 'pageSize',
        message: expect.stringMatching(/^Invalid arguments for savePdf \(pageSize\): /),
      },
    });
  });

  it('refuses wrong types, extra keys, over-long names and non-objects', async () => {
    const bad: [unknown, string | undefined][] = [
      [{ landscape: 'yes' }, 'landscape'],
      [{ filePath: '/etc/passwd' }, undefined],
      [{ defaultName: 'x'.repeat(201) }, 'defaultName'],
      ['A4', undefined],
      [[1, 2], undefined],
    ];
    for (const [raw, field] of bad) {
      const r = await call('savePdf', raw);
      expect(r.ok, JSON.stringify(raw)).toBe(false);
      if (!r.ok) expect(r.error.field).toBe(field);
    }
  });
});

describe('printPage arguments', () => {
  it('accepts landscape only', async () => {
    expect(await call('printPage', { landscape: false })).toEqual({ ok: true, value: { landscape: false } });
    expect((await call('printPage', { landscape: 1 })).ok).toBe(false);
    expect((await call('printPage', { silent: true })).ok).toBe(false);
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
