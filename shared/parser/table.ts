// Rows of a table flattened to text (a web page or .docx table copied out): cells separated
// by tabs or a `|`. A numbered row (`1	办公室	负责…`) reads as a numbered line
// (`1、办公室　负责…`); the header row (`序号	科室名称	主要职责`) and a rule under it are no
// content, and a last column of phone numbers is left out of the unit's duty.

import { fold } from './fold.ts';
import { classifyHeading } from './headings.ts';
import { looksLikeOrgName } from './names.ts';

const CELL_GAP = /\t+|[|｜]/;
export const HEADER_CELL =
  /^(?:序号|编号|名称|科室|股室|处室|机构|单位|部门|职责|职能|主要职责|工作职责|备注|[科股处]室名称|机构名称|单位名称|负责人|职务|姓名|电话|联系电话|办公电话|联系方式|分工|职责分工|内设机构)$/;
// A Markdown-style rule under the header row: `| --- | :---: |`.
const RULE_CELL = /^:?-{3,}:?$/;
// A cell holding only a phone number: the unit's contact, not part of its duty.
export const PHONE_CELL = /^(?:\(?0\d{2,3}\)?[-－—]?)?\d{7,8}(?:[-－]\d{1,4})?$|^1[3-9]\d{9}$/;

// An information card's field label (`机构名称    X`, a two-cell field table's row) set apart from its value.
const SPACED_FIELD =
  /^((?:机构|单位|部门)(?:名称|全称|职能|职责)|主要职责|(?:主要)?负责人|办公地址|联系地址|联系电话|办公电话|联系方式|办公时间|邮政编码|电子邮箱)[\s\u3000]+(\S.*)$/;
/** Whether a field's value opens with a label of its own (`联系方式    电话：…`; `8:30` is no label). */
export function opensWithFieldLabel(value: string): boolean {
  return /^[\u4e00-\u9fffA-Za-z-]{1,8}[:：]/.test(value);
}

/**
 * `机构名称    X` -> `机构名称：X`, as the card's web page reads; under a label over labelled
 * values (`联系方式    电话：…`) the values alone, so no second colon joins the two labels.
 */
function spacedField(text: string): string {
  const m = SPACED_FIELD.exec(text);
  // `部门名称　主要职责`: a table's heading row, not a field.
  if (!m || HEADER_CELL.test(m[2]!)) return text;
  return opensWithFieldLabel(m[2]!) ? m[2]! : `${m[1]}：${m[2]}`;
}

/**
 * A row of an organisation chart drawn as a table: every cell a unit's name, after the row's
 * group label (`内设股室	办公室	人事股`) when the label spans rows (only on its first). Read as the
 * list it is (`内设股室：办公室、人事股`), not as a name and its duty. Null for any other row.
 */
function chartRow(cells: string[]): string | null {
  // Rows are read before folding: cells in traditional script (`內設機構`, `綜合隊`) are judged folded.
  const kind = classifyHeading(fold(cells[0]!))?.kind;
  const label = kind === 'units' || kind === 'affiliated' ? cells[0]! : null;
  const names = label ? cells.slice(1) : cells;
  if (names.length < (label ? 1 : 2) || !names.every((c) => looksLikeOrgName(fold(c)))) return null;
  return label ? `${label}：${names.join('、')}` : names.join('、');
}

// A column naming the row's body's relation to other bodies (who supervises it, guides it, runs
// it): those bodies are neither the row's unit nor its duty, nor units of the office.
export const RELATION_COLUMN = /^(?:上级|业务)?(?:主管|指导|举办|主办)(?:部门|单位|机关)$|^隶属关系$/;
const bare = (cell: string) => cell.replace(/[\s\u3000]/g, '');

/** A row's cells, or null for a line that is no table row. */
function rowCells(text: string): string[] | null {
  if (!CELL_GAP.test(text)) return null;
  const cells = text
    .split(CELL_GAP)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return cells.length < 2 ? null : cells;
}

const isHeaderRow = (cells: string[]) =>
  cells.every((c) => HEADER_CELL.test(bare(c)) || RELATION_COLUMN.test(bare(c)) || RULE_CELL.test(c));

/** A body row's cells as the parser reads them: a numbered line, a chart row's list, or `name　duty`. */
function rowText(cells: string[]): string {
  if (cells.length > 2 && PHONE_CELL.test(cells[cells.length - 1]!)) cells.pop();
  const names = chartRow(cells);
  if (names) return names;
  const n = /^(?:\d{1,3}|[０-９]{1,3})$/.test(cells[0]!) ? `${cells.shift()}、` : '';
  return n + cells.join('\u3000');
}

/** The line as the parser reads it: a table row becomes a line, a header row ''. */
export function readTableRow(text: string): string {
  return readTableRows([text])[0]!;
}

/**
 * The lines as the parser reads them (see readTableRow). Under a header row with relation
 * columns (`单位名称	主管部门	业务指导单位`) those columns are left out of each row with as many
 * cells; a card's relation row (`上级主管部门	X`) is the field `上级主管部门：X`, not two names.
 */
export function readTableRows(lines: readonly string[]): string[] {
  let relation: boolean[] | null = null;
  return lines.map((text) => {
    const cells = rowCells(text);
    if (!cells) {
      if (text.trim() !== '') relation = null;
      return CELL_GAP.test(text) ? text : spacedField(text);
    }
    if (isHeaderRow(cells)) {
      const columns = cells.map((c) => RELATION_COLUMN.test(bare(c)));
      relation = columns.some(Boolean) ? columns : null;
      return '';
    }
    if (relation && cells.length === relation.length) return rowText(cells.filter((_, i) => !relation![i]));
    if (cells.length === 2 && RELATION_COLUMN.test(bare(cells[0]!))) return `${cells[0]}：${cells[1]}`;
    return rowText(cells);
  });
}
