// A table whose cells came out one to a line: a web page's rows of divs (`科室名称 | 负责人 |
// 联系电话` as flex columns) extract, and a browser copies, every cell as a line of its own. A
// run of header cells, each alone on its line and the first naming the name column, then lines
// in groups of as many, each group opening with a name: each group is folded into its first
// line as the row it was (`name：负责人：X`, as a directory table's row reads; a phone column
// left out), the group's other lines and the header left blank, so every line keeps its number.
import { looksLikeOrgName } from './names.ts';
import { HEADER_CELL, PHONE_CELL } from './table.ts';

const NAME_COLUMN = /^(?:[\u4e00-\u9fff]{0,4}名称|科室|股室|处室|机构|单位|部门|内设机构)$/;
const HEAD_COLUMN = /^(?:主要)?负责人$/;
const DUTY_COLUMN = /职责|职能/;
const PHONE_COLUMN = /电话|联系方式/;

/** The header at `at`: its cells, when they stand one to a line and the first names the rows. */
function headerAt(lines: readonly string[], at: number): string[] | null {
  const cells: string[] = [];
  while (at + cells.length < lines.length && cells.length < 5) {
    const cell = lines[at + cells.length]!.replace(/[\s\u3000]/g, '');
    if (!HEADER_CELL.test(cell)) break;
    cells.push(cell);
  }
  return cells.length >= 2 && NAME_COLUMN.test(cells[0]!) ? cells : null;
}

/** The row a group of cells was, or null when the group is not one (no name first, a header, a non-phone phone). */
function foldRow(header: readonly string[], cells: readonly string[]): string | null {
  if (cells.some((c) => c === '' || HEADER_CELL.test(c))) return null;
  if (!looksLikeOrgName(cells[0]!.replace(/[（(][^（）()]*[）)]$/, ''))) return null;
  let row = cells[0]!;
  for (let k = 1; k < header.length; k++) {
    const column = header[k]!;
    const cell = cells[k]!;
    if (PHONE_COLUMN.test(column)) {
      if (!PHONE_CELL.test(cell.replace(/[\s\u3000]/g, ''))) return null;
    } else if (HEAD_COLUMN.test(column)) row += `：${column}：${cell}`;
    else if (DUTY_COLUMN.test(column)) row += `\u3000${cell}`;
  }
  return row;
}

/** The cleaned lines with every one-cell-a-line table folded into its rows. */
export function foldCellLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let at = 0; at < out.length; at++) {
    const header = headerAt(out, at);
    if (!header) continue;
    const rows: [number, string][] = [];
    let next = at + header.length;
    for (;;) {
      const cells = out.slice(next, next + header.length);
      const row = cells.length === header.length ? foldRow(header, cells) : null;
      if (row === null) break;
      rows.push([next, row]);
      next += header.length;
    }
    if (rows.length < 2) continue;
    out.fill('', at, next);
    for (const [line, row] of rows) out[line] = row;
    at = next - 1;
  }
  return out;
}
