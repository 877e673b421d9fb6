// The UI's two languages: the same keys, no Chinese left in the English interface, and every
// parser diagnostic worded in both from its code and values.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeSummaryText } from '../../../renderer/imports/change-summary.ts';
import { refusalBesideName, refusalText } from '../../../renderer/imports/refusal-text.ts';
import { en } from '../../../renderer/locales/en.ts';
import { zh } from '../../../renderer/locales/zh.ts';
import type { ChangeSummary } from '../../../shared/diff/summary.ts';
import { refusal, refusalLine, type DocumentRefusal } from '../../../shared/documents/refusals.ts';
import { diagnostic } from '../../../shared/parser/diagnostics.ts';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../../shared/types.ts';

type Tree = { [key: string]: string | Tree };
const flat = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : flat(v, `${prefix}${k}.`)));
// i18next's plural forms: English has _one and _other where Chinese has _other only.
const base = (key: string) => key.replace(/_(one|other)$/, '');

describe('locales', () => {
  it('English has every Chinese key and none of its own', () => {
    const zhKeys = new Set(flat(zh).map(([k]) => base(k)));
    const enKeys = new Set(flat(en).map(([k]) => base(k)));
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('the English interface has no Chinese, except example queries, the switch to Chinese and the printed pages', () => {
    const allowed = new Set([
      'lang.switchTo',
      'lang.switchLabel',
      'search.placeholder',
      'filters.regionPlaceholder',
      'directory.filterPlaceholder',
    ]);
    const chinese = flat(en).filter(
      ([k, v]) => /\p{Script=Han}/u.test(v) && !allowed.has(k) && !k.startsWith('printed.'),
    );
    expect(chinese).toEqual([]);
    expect(flat(en).filter(([, v]) => /\(s\)/.test(v))).toEqual([]);
  });

  it('the booklet has one name, on the page and on the button that prints it', () => {
    expect(zh.printed.title.booklet).toBe('机构设置与职责手册');
    expect(zh.office.printBooklet).toContain(zh.printed.title.booklet);
    expect(flat(zh).filter(([, v]) => v.includes('机构职能手册'))).toEqual([]);
  });
});

describe('diagnostics in the UI language', () => {
  // One of each wording, with values typed by hand.
  const samples: Diagnostic[] = [
    diagnostic('count-mismatch', 3, { context: 'internal', declared: 9, found: 8, text: '设9个处室' }),
    diagnostic('count-mismatch', 3, { context: 'affiliated', declared: 2, found: 1, text: '直属单位2个' }),
    diagnostic('duplicate-label', 9, { label: '（三）', previousLine: 8 }),
    diagnostic('skipped-label', 4, { context: 'start', label: '二、' }),
    diagnostic('skipped-label', 7, { context: 'gap', label: '5.', previous: '3.', previousLine: 6 }),
    diagnostic('out-of-order-label', 7, { label: '2.', previous: '4.', previousLine: 6 }),
    diagnostic('truncated', 20, { context: 'sentence', tail: '…负责全省外事' }),
    diagnostic('truncated', 21, { context: 'unit', unit: '综合处' }),
    diagnostic('no-office-name', 1, {}),
    diagnostic('parser-error', 1, { error: 'RangeError' }),
    diagnostic('ignored-section', 30, { context: 'section', title: '工作动态' }),
    diagnostic('ignored-section', 31, { context: 'article', label: '第十条' }),
    diagnostic('ignored-section', 32, { context: 'item', label: '（九）', title: '完成交办的其他任务' }),
    diagnostic('unattached-text', 12, {}),
    diagnostic('unrecognized-contact', 40, {}),
    diagnostic('correction-not-applied', 5, {
      context: 'no-line',
      correction: 'office name "x"',
      reason: 'no such line',
    }),
    diagnostic('correction-not-applied', 6, {
      context: 'not-a-unit',
      correction: 'merging',
      reason: 'line 9 is not a unit heading',
      heading: 9,
    }),
    diagnostic('correction-not-applied', 7, { context: 'into-itself', correction: 'merging', reason: 'itself' }),
    diagnostic('correction-not-applied', 8, { context: 'split-at-heading', correction: 'splitting', reason: 'above' }),
  ];
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
  });

  it('covers every code, and every message the locales hold is one of them', () => {
    expect(new Set(samples.map((d) => d.code))).toEqual(new Set(DIAGNOSTIC_CODES));
    const keys = (tree: Tree) => Object.keys(tree.diagnostics as Tree).sort();
    const used = samples.map((d) => (d.params?.context ? `${d.code}_${d.params.context}` : d.code)).sort();
    expect(keys(zh)).toEqual(used);
    expect(keys(en)).toEqual(used);
  });

  it('fills every value in both languages', () => {
    for (const lng of ['zh', 'en']) {
      for (const d of samples) {
        const text = i18n.t(`diagnostics.${d.code}`, { ...d.params, lng });
        expect(text, `${lng} ${d.code}`).not.toMatch(/\{\{|diagnostics\./);
        for (const [name, value] of Object.entries(d.params!)) {
          // A correction not applied is worded from its typed reason; its English description is the CLI's.
          const englishOnly = d.code === 'correction-not-applied' && (name === 'correction' || name === 'reason');
          if (name !== 'context' && !englishOnly) expect(text, `${lng} ${d.code} ${name}`).toContain(String(value));
        }
      }
    }
    expect(i18n.t('diagnostics.truncated', { context: 'unit', unit: '综合处', lng: 'zh' })).toBe(
      '文件在处室“综合处”的名称之后结束，该处室没有职责',
    );
  });

  it('keeps the English message for the CLI and the database', () => {
    expect(samples[2]!.message).toBe('number （三） repeats the number of the item on line 8');
    expect(samples[2]!.severity).toBe('warning');
    expect(samples[12]!.severity).toBe('info');
  });
});

describe('change summaries in the UI language', () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const changed = (counts: Partial<Extract<ChangeSummary, { kind: 'changed' }>>): ChangeSummary => ({
    kind: 'changed',
    renamedTo: null,
    unitsAdded: 0,
    unitsRemoved: 0,
    unitsRenamed: 0,
    unitsMoved: 0,
    unitsReordered: 0,
    duties: 0,
    ...counts,
  });
  const words = (lng: 'en' | 'zh', changes: ChangeSummary, restoredFrom: number | null = null) =>
    changeSummaryText(i18n.getFixedT(lng), changes, restoredFrom);

  it('words each kind of change in English, singular and plural, with no Chinese but a new name', () => {
    expect(words('en', { kind: 'first', units: 1, duties: 18 })).toBe('First recorded: 1 unit, 18 duties');
    expect(words('en', changed({}))).toBe('No changes');
    expect(words('en', changed({ unitsAdded: 2, unitsRemoved: 1, duties: 1 }))).toBe(
      '2 units added, 1 unit removed, 1 duty changed',
    );
    expect(words('en', changed({ renamedTo: '甲市外办', unitsMoved: 1, unitsReordered: 3, unitsRenamed: 2 }))).toBe(
      'Office renamed “甲市外办”, 2 units renamed, 1 unit moved to another parent, 3 units reordered',
    );
    expect(words('en', changed({ unitsRenamed: 1 }), 1)).toBe('Restored version 1: 1 unit renamed');
  });

  it('words them in Chinese for the Chinese UI', () => {
    expect(words('zh', { kind: 'first', units: 9, duties: 18 })).toBe('首次收录：9 个处室，18 项职责');
    expect(words('zh', changed({ unitsAdded: 1, unitsRenamed: 1 }))).toBe('新增 1 个处室，更名 1 个处室');
    expect(words('zh', changed({}), 2)).toBe('恢复为第 2 版：无变化');
  });
});

describe('refused files in the UI language', () => {
  // One of each wording, with values typed by hand.
  const samples: DocumentRefusal[] = [
    refusal('directory', {}),
    refusal('not-a-file', {}),
    refusal('missing', {}),
    refusal('permission-denied', {}),
    refusal('io-error', { detail: 'EIO' }),
    refusal('too-large', { mib: 17.5, maxMib: 16 }),
    refusal('upload-too-large', { maxMib: 16 }),
    refusal('empty', {}),
    refusal('image', { kind: 'PNG', context: 'scan' }),
    refusal('image', { kind: 'GIF', context: 'picture' }),
    refusal('program', { context: 'elf' }),
    refusal('program', { context: 'windows' }),
    refusal('archive', { kind: 'RAR' }),
    refusal('zip', {}),
    refusal('spreadsheet', { context: 'legacy' }),
    refusal('spreadsheet', { context: 'modern' }),
    refusal('presentation', { context: 'legacy' }),
    refusal('presentation', { context: 'modern' }),
    refusal('opendocument', {}),
    refusal('old-office', {}),
    refusal('works', {}),
    refusal('blank', {}),
    refusal('binary', { context: 'control' }),
    refusal('binary', { context: 'nul' }),
    refusal('binary', { context: 'plain' }),
    refusal('unknown-encoding', { encoding: 'big5x' }),
    refusal('invalid-encoding', { encoding: 'gbk' }),
    refusal('invalid-bom', { bom: 'utf-16le' }),
    refusal('unknown-charset', {}),
    refusal('pdf-scanned', {}),
    refusal('pdf-encrypted', {}),
    refusal('pdf-damaged', {}),
    refusal('docx-damaged', {}),
    refusal('ofd-scanned', {}),
    refusal('ofd-damaged', {}),
    refusal('doc-unreadable', {}),
    refusal('no-text', { context: 'docx' }),
    refusal('no-text', { context: 'doc' }),
    refusal('rtf-damaged', {}),
    refusal('odt-damaged', {}),
    refusal('odt-encrypted', {}),
    refusal('no-text', { context: 'rtf' }),
    refusal('no-text', { context: 'odt' }),
    refusal('html-frame', {}),
    refusal('html-no-content', {}),
    refusal('mhtml-no-page', {}),
    refusal('format-unreadable', { format: 'docx', detail: 'bad zip' }),
    refusal('parse-failed', { detail: 'RangeError' }),
    refusal('no-office-name', {}),
    refusal('not-shippable', { context: 'pdf' }),
    refusal('not-shippable', { context: 'word' }),
    refusal('not-shippable', { context: 'rtf' }),
    refusal('not-shippable', { context: 'odt' }),
    refusal('not-shippable', { context: 'ofd' }),
    refusal('apply-no-office-name', {}),
    refusal('package-altered', { detail: 'its manifest is not valid JSON' }),
    refusal('package-unreadable', { detail: 'not an OrgAtlas package' }),
    refusal('package-untrusted', { context: 'signed' }),
    refusal('package-untrusted', { context: 'unsigned' }),
    refusal('batch-untrusted-signer', {}),
    refusal('batch-no-office-name', {}),
  ];
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const words = (lng: 'zh' | 'en', r: DocumentRefusal) =>
    refusalText(i18n.getFixedT(lng), { file: 'a.pdf', refusal: r });
  const keyOf = (r: DocumentRefusal) => ('context' in r.params ? `${r.code}_${r.params.context}` : r.code);

  it('covers every wording the locales hold, and fills every value in both languages', () => {
    const keys = (tree: Tree) =>
      Object.keys(tree.refusals as Tree)
        .filter((k) => k !== 'format')
        .sort();
    expect(keys(zh)).toEqual(samples.map(keyOf).sort());
    expect(keys(en)).toEqual(samples.map(keyOf).sort());
    for (const lng of ['zh', 'en'] as const) {
      for (const r of samples) {
        const text = words(lng, r);
        expect(text, `${lng} ${keyOf(r)}`).not.toMatch(/\{\{|refusals\./);
        expect(text, `${lng} ${keyOf(r)}`).toContain('a.pdf');
      }
    }
  });

  it('words them in Chinese with no English sentence, and in English', () => {
    expect(words('zh', refusal('pdf-encrypted', {}))).toBe(
      'a.pdf 是加密（有密码保护）的 PDF；请另存一份未加密的副本再导入',
    );
    expect(words('zh', refusal('too-large', { mib: 17.5, maxMib: 16 }))).toBe(
      'a.pdf 太大（17.5 MiB；一份文件最多 16 MiB）',
    );
    // A reader's own English words (`detail`) stay out of the Chinese sentence; the English one keeps them.
    expect(words('zh', refusal('format-unreadable', { format: 'docx', detail: 'bad zip' }))).toBe(
      '无法读取 a.pdf（Word 文件）：文件可能已损坏，或是本程序不认识的变体；请用原程序另存一份再导入',
    );
    expect(words('en', refusal('format-unreadable', { format: 'docx', detail: 'bad zip' }))).toContain('(bad zip)');
    expect(words('en', refusal('image', { kind: 'PNG', context: 'scan' }))).toBe(
      'a.pdf is a PNG image, not a document; a scanned page needs OCR first',
    );
    for (const r of samples) {
      expect(words('zh', r), keyOf(r)).not.toMatch(/\b(is|the|file|not)\b/);
      if ('detail' in r.params) expect(words('zh', r), keyOf(r)).not.toContain(r.params.detail);
    }
  });

  it('beside the file name (a batch review row), say "the file" instead of repeating the name', () => {
    const beside = (lng: 'zh' | 'en', r: DocumentRefusal) => refusalBesideName(i18n.getFixedT(lng), r);
    expect(beside('zh', refusal('pdf-encrypted', {}))).toBe(
      '该文件是加密（有密码保护）的 PDF；请另存一份未加密的副本再导入',
    );
    expect(beside('zh', refusal('permission-denied', {}))).toBe('没有读取该文件的权限');
    expect(beside('en', refusal('pdf-encrypted', {}))).toBe(
      'The file is a password-protected (encrypted) PDF; save an unprotected copy to import it',
    );
    expect(beside('en', refusal('permission-denied', {}))).toBe('There is no permission to read the file');
    for (const r of samples) {
      expect(beside('zh', r), keyOf(r)).toContain('该文件');
      expect(beside('zh', r), keyOf(r)).not.toMatch(/该文件 | 该文件/);
      expect(beside('en', r), keyOf(r)).toMatch(/^[^a-z]/);
    }
  });

  it('keeps the command line’s English line', () => {
    expect(refusalLine('a.pdf', refusal('too-large', { mib: 17.5, maxMib: 16 }))).toBe(
      'a.pdf: is too large (17.5 MiB; a document may be at most 16 MiB)',
    );
    expect(refusalLine('a.zip', refusal('batch-untrusted-signer', {}))).toBe(
      'a.zip is not from a trusted signer; import it alone to confirm it',
    );
  });
});
