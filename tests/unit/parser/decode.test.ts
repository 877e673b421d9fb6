// Encoding detection and rejection of input that is not a text document.
import { describe, expect, it } from 'vitest';
import { decodeDocument, splitClauses, splitLines } from '../../../shared/parser/index.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
// 外事办公室 in GBK, typed from the GBK code table (CDE2 CAC2 B0EC B9AB CAD2).
const GBK_WAISHI = new Uint8Array([0xcd, 0xe2, 0xca, 0xc2, 0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2]);

describe('decodeDocument', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeDocument(utf8('外事办公室'))).toEqual({ ok: true, text: '外事办公室', encoding: 'utf-8' });
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('外事')]))).toEqual({
      ok: true,
      text: '外事',
      encoding: 'utf-8',
    });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    expect(decodeDocument(GBK_WAISHI)).toEqual({ ok: true, text: '外事办公室', encoding: 'gb18030' });
  });

  it('decodes a GB18030 four-byte character (U+20000, 0x95328236)', () => {
    const bytes = new Uint8Array([...GBK_WAISHI, 0x95, 0x32, 0x82, 0x36]);
    expect(decodeDocument(bytes)).toEqual({ ok: true, text: '外事办公室\u{20000}', encoding: 'gb18030' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    // 外 U+5916, 事 U+4E8B
    expect(decodeDocument(new Uint8Array([0xff, 0xfe, 0x16, 0x59, 0x8b, 0x4e]))).toEqual({
      ok: true,
      text: '外事',
      encoding: 'utf-16le',
    });
    expect(decodeDocument(new Uint8Array([0xfe, 0xff, 0x59, 0x16, 0x4e, 0x8b]))).toEqual({
      ok: true,
      text: '外事',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 that lost its BOM by its NUL bytes', () => {
    // 外事\n in UTF-16 LE and BE without a BOM
    expect(decodeDocument(new Uint8Array([0x16, 0x59, 0x8b, 0x4e, 0x0a, 0x00]))).toEqual({
      ok: true,
      text: '外事\n',
      encoding: 'utf-16le',
    });
    expect(decodeDocument(new Uint8Array([0x59, 0x16, 0x4e, 0x8b, 0x00, 0x0a]))).toEqual({
      ok: true,
      text: '外事\n',
      encoding: 'utf-16be',
    });
  });

  it('honours a forced encoding label, and says so when the label or the bytes are wrong', () => {
    expect(decodeDocument(GBK_WAISHI, { encoding: 'gbk' })).toMatchObject({ ok: true, text: '外事办公室' });
    const wrongLabel = decodeDocument(GBK_WAISHI, { encoding: 'no-such-encoding' });
    expect(wrongLabel).toMatchObject({ ok: false, reason: 'undecodable' });
    expect(!wrongLabel.ok && wrongLabel.message).toContain('no-such-encoding');
    expect(decodeDocument(GBK_WAISHI, { encoding: 'utf-8' })).toMatchObject({ ok: false, reason: 'undecodable' });
  });

  it('rejects empty and blank input', () => {
    expect(decodeDocument(new Uint8Array())).toMatchObject({
      ok: false,
      reason: 'empty',
      message: 'the file is empty',
    });
    expect(decodeDocument(utf8(' \r\n\u3000\t\n'))).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('rejects NUL bytes and control characters as binary', () => {
    expect(decodeDocument(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, reason: 'binary' });
    const controls = utf8('外事\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f办公室');
    expect(decodeDocument(controls)).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('rejects random bytes without NULs (binary or undecodable), never accepting them as text', () => {
    let seed = 12345;
    const random = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return ((seed >> 16) % 255) + 1;
    });
    const r = decodeDocument(random);
    expect(r.ok).toBe(false);
    expect(!r.ok && ['binary', 'undecodable']).toContain(!r.ok && r.reason);
  });

  it('keeps a UTF-8 file with one bad byte (cut off at the end) as UTF-8 and says what was replaced', () => {
    const text = '江西省人民政府外事办公室简介\n主要职责\n一、负责全省外事工作。';
    const bytes = utf8(`${text}外`).slice(0, -1);
    const r = decodeDocument(bytes);
    expect(r).toEqual({
      ok: true,
      text: `${text}\uFFFD`,
      encoding: 'utf-8',
      note: '1 invalid UTF-8 byte sequence was replaced with U+FFFD',
    });
  });

  it('still reads a mostly-ASCII GBK file as GBK', () => {
    const bytes = new Uint8Array([...utf8('Foreign Affairs Office: '.repeat(100)), ...GBK_WAISHI]);
    expect(decodeDocument(bytes)).toMatchObject({ ok: true, encoding: 'gb18030' });
  });

  it('rejects bytes that are valid in no supported encoding', () => {
    expect(decodeDocument(new Uint8Array([0xe5, 0xa4, 0x96, 0xff, 0xff, 0x80]))).toMatchObject({ ok: false });
    expect(decodeDocument(new Uint8Array([0xff, 0xfe, 0x16]))).toMatchObject({ ok: false, reason: 'undecodable' });
  });
});

describe('splitLines and splitClauses', () => {
  it('ends lines at CRLF, lone CR and LF, keeping blank lines so numbering matches the file', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\n\nd')).toEqual(['a', 'b', 'c', '', 'd']);
  });

  it('splits a duty at ；/; and 。', () => {
    expect(splitClauses('负责甲；负责乙;负责丙。负责丁。')).toEqual(['负责甲', '负责乙', '负责丙', '负责丁']);
  });
});
