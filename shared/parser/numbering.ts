// Item numbering: 一、 (一) （一） 1. 1、 １． (1) ① 第一条 2.1, ranges like 5-8.
//
// Label normalisation (documented in the contract's spirit, "as written"): the label is the
// numbering token exactly as written, except that the separator 、 is dropped because it is
// punctuation, not numbering: `一、` -> `一`, `1、` -> `1`, `(三)` -> `(三)`, `（三）` -> `（三）`,
// `4.` -> `4.`, `１．` -> `１．`, `5-8.` -> `5-8.`, `第一条` -> `第一条`.
import type { Diagnostic, DiagnosticCode } from '../types.ts';
import { numberValue } from './text.ts';
import { diagnostic, type DiagnosticParams } from './diagnostics.ts';

export interface Label {
  /** The label as written (see the normalisation above). */
  label: string;
  /** Numbering family; items of one list share it. */
  style: string;
  /** First and last number the label stands for (equal unless it is a range). */
  start: number;
  end: number;
  /** The line's text after the label. */
  rest: string;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const NUM = '(?:\\d{1,3}|[０-９]{1,3})';

const ARTICLE = new RegExp(`^第(${CN}|\\d{1,3})([条章节部分]+)[\\s\\u3000]*`);
const PAREN = new RegExp(`^([(（])[\\s\\u3000]*(${CN}|${NUM})[\\s\\u3000]*([)）])[、.．]?[\\s\\u3000]*`);
const CN_ITEM = new RegExp(`^(${CN})[\\s\\u3000]*([、.．])[\\s\\u3000]*`);
const RANGE = new RegExp(
  `^(${NUM})[\\s\\u3000]*[-－—–~～至][\\s\\u3000]*(${NUM})[\\s\\u3000]*([.．、])(?![\\d０-９])[\\s\\u3000]*`,
);
const ARABIC = new RegExp(`^(${NUM})[\\s\\u3000]*([.．、])(?![\\d０-９])[\\s\\u3000]*`);
const CIRCLED = /^([\u2460-\u2473])[\s\u3000]*/;
/** A two-digit number set apart by a space before a word (`01 办公室`, `12 人事科`): a list typed with zero-padded numbers. */
const PADDED = /^(0[1-9]|[1-9]\d)[ \u3000]+(?=[\u4e00-\u9fff])/;
/** An outline number `2.1` (Word's multilevel `%1.%2`), before a space or a word, not an amount (`2.5万元`). */
const OUTLINE = new RegExp(`^(${NUM})[.．](${NUM})(?=[\\s\\u3000]|[^\\d０-９.．%％万亿元倍])[\\s\\u3000]*`);

function withSeparator(numeral: string, separator: string): string {
  return separator === '、' ? numeral : numeral + separator;
}

/** A label standing for one number; `match` covers the label and the space after it. */
function single(match: RegExpExecArray, label: string, style: string, n: number): Label {
  return { label, style, start: n, end: n, rest: match.input.slice(match[0].length) };
}

/** The numbering at the start of `text`, or null for an unnumbered paragraph. */
export function parseLabel(text: string): Label | null {
  let m = ARTICLE.exec(text);
  if (m) return single(m, `第${m[1]}${m[2]}`, `article-${m[2]}`, numberValue(m[1]));
  m = PAREN.exec(text);
  if (m) return single(m, m[1] + m[2] + m[3], /^[\d０-９]+$/.test(m[2]) ? 'paren-num' : 'paren-cn', numberValue(m[2]));
  m = CN_ITEM.exec(text);
  if (m) return single(m, withSeparator(m[1], m[2]), 'cn', numberValue(m[1]));
  m = RANGE.exec(text);
  if (m) {
    const a = numberValue(m[1]);
    const b = numberValue(m[2]);
    if (b > a) {
      const label = withSeparator(
        text
          .slice(0, m[0].length)
          .replace(/[\s\u3000]+/g, '')
          .slice(0, -1),
        m[3],
      );
      return { label, style: 'num', start: a, end: b, rest: text.slice(m[0].length) };
    }
  }
  m = ARABIC.exec(text);
  if (m) return single(m, withSeparator(m[1], m[2]), 'num', numberValue(m[1]));
  m = PADDED.exec(text);
  if (m) return single(m, m[1], 'padded', Number(m[1]));
  m = CIRCLED.exec(text);
  if (m) return single(m, m[1], 'circled', m[1].charCodeAt(0) - 0x2460 + 1);
  // The items under one heading number (2.1, 2.2) are one list; 3.1 starts the next.
  m = OUTLINE.exec(text);
  if (m) return single(m, m[0].replace(/[\s\u3000]+$/, ''), `outline-${numberValue(m[1])}`, numberValue(m[2]));
  return null;
}

interface Level {
  style: string;
  end: number;
  line: number;
  label: string;
}

/**
 * Follows the numbering of one list (and the lists nested in it) and reports numbers that
 * repeat or skip. A style seen before closes every deeper level opened after it; a deeper
 * list that starts again at 1 is a new list, not an error.
 */
export class NumberingChecker {
  private levels: Level[] = [];
  private readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    this.diagnostics = diagnostics;
  }

  check(label: Label, line: number): void {
    const at = this.levels.findIndex((l) => l.style === label.style);
    if (at < 0) {
      if (label.start > 1) {
        this.report('skipped-label', line, { context: 'start', label: label.label });
      }
      this.levels.push({ style: label.style, end: label.end, line, label: label.label });
      return;
    }
    this.levels.length = at + 1;
    const level = this.levels[at];
    if (label.start === level.end) {
      this.report('duplicate-label', line, { label: label.label, previousLine: level.line });
    } else if (label.start > level.end + 1) {
      this.report('skipped-label', line, {
        context: 'gap',
        label: label.label,
        previous: level.label,
        previousLine: level.line,
      });
    } else if (label.start < level.end && label.start !== 1) {
      this.report('out-of-order-label', line, { label: label.label, previous: level.label, previousLine: level.line });
    }
    this.levels[at] = {
      style: label.style,
      end: Math.max(label.end, label.start === 1 ? label.end : level.end),
      line,
      label: label.label,
    };
  }

  private report<C extends DiagnosticCode>(code: C, line: number, params: DiagnosticParams[C]): void {
    this.diagnostics.push(diagnostic(code, line, params));
  }
}
