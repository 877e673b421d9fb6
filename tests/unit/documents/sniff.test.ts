// Formats by content, and one sentence for the files that are no document.
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../electron/node/documents/sniff.ts';
import { refusalEnglish } from '../../../shared/documents/refusals.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(new TextEncoder().encode(p)) : p)));

describe('sniffFormat', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%\u00e2\u00e3'), 'pdf'],
    ['a PDF after a little junk', bytes('\r\n\r\n%PDF-1.4'), 'pdf'],
    ['a .docx', bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml....'), 'docx'],
    ['a page with a doctype', bytes('\uFEFF<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'), 'html'],
    ['a page opening with a comment', bytes('<!-- saved from url=(0042)http://example.org/ -->\n<html>'), 'html'],
    ['a fragment opening with a block tag', bytes('  <div class="content"><p>正文</p></div>'), 'html'],
    ['text with a <head> further down', bytes('某某县统计局\n', '<head><title>x</title></head>'), 'html'],
    ['plain Chinese text', bytes('某某县统计局\n主要职责\n一、负责统计工作。'), 'text'],
    ['text that starts with a <', bytes('<注> 本文为节选。\n某某县统计局'), 'text'],
    ['an RTF file', bytes('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}'), 'rtf'],
    [
      'an OpenDocument text',
      bytes([0x50, 0x4b, 0x03, 0x04], '....mimetypeapplication/vnd.oasis.opendocument.textPK..content.xml'),
      'odt',
    ],
    [
      'a Kingsoft WPS .wps (Word 97 streams)',
      bytes(
        [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
        '....',
        [...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0]),
      ),
      'doc',
    ],
  ])('%s is read as %s', (_, input, format) => {
    expect(sniffFormat(input)).toEqual({ format });
  });

  it.each([
    [
      'an old-style Office file naming no Word stream',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /old-style Office or WPS file .*\.docx or PDF/,
    ],
    [
      'a Microsoft Works .wps',
      bytes(
        [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
        '....',
        [...'MatOST'].flatMap((c) => [c.charCodeAt(0), 0]),
      ),
      /Microsoft Works document \(\.wps\), which is not read/,
    ],
    [
      'an OpenDocument spreadsheet',
      bytes([0x50, 0x4b, 0x03, 0x04], '....mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK'),
      /OpenDocument spreadsheet, presentation or drawing/,
    ],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image.*OCR/],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), /JPEG image/],
    ['an ELF program', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), /program/],
    ['a Windows program', bytes('MZ', new Array(60).fill(0), 'PE\0\0'), /Windows executable/],
    ['a gzip archive', bytes([0x1f, 0x8b, 8, 0]), /gzip archive/],
    ['a workbook', bytes([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'), /Excel workbook/],
    ['another ZIP', bytes([0x50, 0x4b, 0x03, 0x04], 'photos/1.jpg'), /ZIP archive, not a document/],
  ])('%s is refused in one sentence', (_, input, sentence) => {
    const sniffed = sniffFormat(input);
    expect(sniffed).toHaveProperty('refused');
    expect('refused' in sniffed && refusalEnglish(sniffed.refused)).toMatch(sentence);
  });

  it('text that merely starts with BM or MZ is still text', () => {
    expect(sniffFormat(bytes('BMW 汽车的说明文字。'))).toEqual({ format: 'text' });
    expect(sniffFormat(bytes('MZ 开头的一行文字。'))).toEqual({ format: 'text' });
  });
});

describe('a text file with leftover tags', () => {
  it('stays text when its lines are plain text, so they are not run together', () => {
    const text = '<p>某某县统计局</p>\n主要职责\n一、负责全县统计工作。\n二、组织实施统计调查。\n内设机构\n办公室\n';
    expect(sniffFormat(new TextEncoder().encode(text))).toEqual({ format: 'text' });
  });
});
