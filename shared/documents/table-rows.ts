// A table's rows as the lines a reader takes from it: `名称：内容` for a unit and its duties,
// `职务：姓名` for a table of leaders, a heading row left out, a 序号 cell as a label, a
// grouping first column (类别) as a heading over its rows. Web pages, Word files (.docx,
// .doc) and PDF tables all come through here, so a table reads the same in every format.
import { RELATION_COLUMN } from '../parser/table.ts';
import { HAN } from '../text/han.ts';

const HEADER_WORD =
  /名称|职责|职能|序号|编号|科室|处室|股室|机构|部门|单位|内容|备注|姓名|职务|分工|电话|地址|简介|方向|领域/;

/** The first row of short cells naming columns (科室, 职责, …): a row of column headings. */
export const namesColumns = (index: number, cells: string[]) =>
  index === 0 &&
  cells.every((c) => c.length <= 8 && !/[。；，]/.test(c)) &&
  cells.some((c) => HEADER_WORD.test(c)) &&
  !labelValuePairs(cells) &&
  !nameField(cells);

/** `机构名称 | 青龙镇人民政府`: a card's first field, the name it is about, not two column headings. */
const nameField = (cells: string[]) =>
  cells.length === 2 && /^(?:机构|单位|部门)?名称$/.test(cells[0]!) && !HEADER_WORD.test(cells[1]!);

/** `机构名称 | X局 | 负责人 | 局长：Y`: labels and their values side by side, no column headings. */
function labelValuePairs(cells: string[]): boolean {
  if (cells.length < 4 || cells.length % 2 !== 0) return false;
  return cells.every((c, i) => (i % 2 === 0 ? FIELD_LABEL.test(c) : c !== '' && !HEADER_WORD.test(c)));
}

const SENTENCE = /[。；]/;
/** A short label cell (电话, 传真, 邮编, 地址：): two to six Han characters, a colon at most. */
const FIELD_LABEL = new RegExp(String.raw`^[${HAN}]{2,6}[:：]?$`);
/** Column headings of fields beside a unit's duties: its head, phone, address, office hours. */
const FIELD_COLUMN =
  /^(?:负责人|科室负责人|联系人|(?:联系|办公|咨询|科室|处室|股室|单位)?电话|传真|邮箱|(?:办公)?地址|办公地点|邮编|办公时间)$/;

/** Column headings of a unit's staff count beside its name (编制数 | 420). */
const ATTRIBUTE_COLUMN = /^(?:核定|事业|行政)?编制(?:数|人数|数额|名额)?(?:[（(][^（）()]*[）)])?$/;

const TOTAL_ROW = /^(?:合[\s\u3000]*计|总[\s\u3000]*计|小[\s\u3000]*计|共[\s\u3000]*计)$/;

/** One table row as lines: `名称：内容` (a leading 序号 cell becomes its label `3、`). */
export function rowLines(cells: string[][], header: string[] | null): string[] {
  const texts = cells.map((lines) => lines.join(''));
  // A 合计 row sums the column above (编制 19): no unit.
  if (TOTAL_ROW.test(texts[0] ?? '')) return [];
  let label = '';
  if (texts.length > 1 && /^\d{1,3}[.、]?$/.test(texts[0]!)) {
    label = texts[0]!.replace(/[.、]$/, '') + '、';
    cells = cells.slice(1);
    header = header?.slice(1) ?? null;
  }
  // A unit's staff count (420) and the bodies over it (主管部门, 业务指导单位) are no text of the
  // unit: those columns are left out.
  const leftOut = (h: string) => ATTRIBUTE_COLUMN.test(h) || RELATION_COLUMN.test(h);
  if (header?.some((h, i) => i > 0 && leftOut(h))) {
    const kept = (_: unknown, i: number) => i === 0 || !leftOut(header![i] ?? '');
    cells = cells.filter(kept);
    header = header.filter(kept);
  }
  const filled = cells.filter((lines) => lines.length > 0);
  if (filled.length === 0) return [];
  // A row of label and value pairs in a table with no column headings: 电话 | 0791-… | 传真 | 0791-….
  const pairs = header === null && texts.length >= 4 && texts.length % 2 === 0 && cells.length === texts.length;
  if (pairs && texts.every((t, i) => (i % 2 === 0 ? FIELD_LABEL.test(t) : t !== '')))
    return texts.flatMap((t, i) => (i % 2 === 0 ? [`${t.replace(/[:：]$/, '')}：${texts[i + 1]}`] : []));
  // A table of leaders: `职务：姓名`, the way pages list them in text.
  const nameAt = header?.findIndex((h) => /姓名/.test(h)) ?? -1;
  const titleAt = header?.findIndex((h) => /职务/.test(h)) ?? -1;
  // A leader's name cell merged down several rows, one remit a row: the rows below go on with that leader.
  if (nameAt >= 0 && titleAt >= 0 && cells[nameAt]?.length === 0)
    return cells.filter((_, i) => i !== nameAt && i !== titleAt).flat();
  if (nameAt >= 0 && titleAt >= 0 && cells[nameAt]?.length && cells[titleAt]?.length) {
    const rest = cells.filter((_, i) => i !== nameAt && i !== titleAt).flat();
    return [`${label}${cells[titleAt]!.join('')}：${cells[nameAt]!.join('')}`, ...rest];
  }
  const [first, ...others] = filled;
  // One cell of text (beside a photo, say) is its own lines.
  if (others.length === 0) return [label + first![0]!, ...first!.slice(1)];
  const key = first!.join('');
  // A key cell is a name, short and without sentences; otherwise the cells are paragraphs.
  if (key.length > 30 || SENTENCE.test(key)) return [label + key, ...others.flat()];
  // Columns of a unit's head or phone (负责人, 联系电话) are labelled, so they read as such, not as duties.
  const labelled = (lines: string[], i: number) => {
    const heading = header?.[cells.indexOf(lines)];
    return heading && FIELD_COLUMN.test(heading) && i === 0
      ? `${heading.replace(/^(?:科室|处室|股室|单位)(?=电话)/, '')}：${lines[0]}`
      : lines[i]!;
  };
  const texts2 = others.flatMap((lines) => lines.map((_, i) => labelled(lines, i)));
  const [firstLine, ...more] = texts2;
  return [`${label}${key.replace(/[:：]$/, '')}：${firstLine}`, ...more];
}

const NAME_CELL = new RegExp(String.raw`^[^\d:：，。；、,;]*[${HAN}][^\d:：，。；、,;]*[${HAN}][^\d:：，。；、,;]*$`);

/**
 * A grid of names (units set out three or more to a row, with no column headings): every
 * cell a short name with no digits or punctuation. Each cell is a line of its own, since
 * the cells of a row are not a name and its text.
 */
function isNameGrid(rows: string[][][]): boolean {
  const cells = rows.flatMap((r) => r.map((lines) => lines.join(''))).filter((c) => c !== '');
  return (
    rows.some((r) => r.length >= 3) &&
    cells.length >= 3 &&
    cells.every((c) => c.length <= 20 && NAME_CELL.test(c)) &&
    !rows.some((r, i) =>
      namesColumns(
        i,
        r.map((lines) => lines.join('')),
      ),
    )
  );
}

/**
 * A table's rows (each a list of cells, each cell its lines) as lines, the header row left
 * out (its headings name the columns of a leaders table); `marked(i)` says whether the
 * markup marks row i as headings. Word 97-2003 tables (doc.ts) come this way too.
 */
export function tableRowLines(rows: string[][][], marked: (index: number) => boolean = () => false): string[] {
  if (isNameGrid(rows)) return rows.flatMap((cells) => cells.flat());
  const headed = rows.findIndex(
    (cells, i) =>
      marked(i) ||
      namesColumns(
        i,
        cells.map((lines) => lines.join('')),
      ),
  );
  const header = headed >= 0 ? rows[headed]!.map((lines) => lines.join('')) : null;
  // A heading row repeated where the table runs onto the next page is no row either.
  const repeatsHeader = (cells: string[][]) =>
    header !== null && cells.map((lines) => lines.join('')).join('|') === header.join('|');
  const body = carryTitlesDown(
    rows.filter((cells, i) => i !== headed && !repeatsHeader(cells)),
    header,
  );
  if (isGroupColumn(body, header))
    return body.flatMap((cells) => [...cells[0]!, ...rowLines(cells.slice(1), header?.slice(1) ?? null)]);
  return body.flatMap((cells) => rowLines(cells, header));
}

/**
 * A leaders table (姓名 and 职务 columns) whose title cell is merged down the rows of the people
 * holding that post (`副主席` over two names): each of those rows gets the title above it.
 */
function carryTitlesDown(rows: string[][][], header: string[] | null): string[][][] {
  const titleAt = header?.findIndex((h) => /职务/.test(h)) ?? -1;
  if (titleAt < 0 || !header!.some((h) => /姓名/.test(h))) return rows;
  let title: string[] = [];
  return rows.map((cells) => {
    if ((cells[titleAt]?.length ?? 0) > 0) title = cells[titleAt]!;
    else if (cells.some((lines) => lines.length > 0)) return cells.map((lines, i) => (i === titleAt ? title : lines));
    return cells;
  });
}

const GROUP_HEADING = /^(?:类别|分类|类型|机构类别|机构类型|单位类别|层级)$/;

/**
 * A first column that groups the rows (内设机构 / 所属事业单位 in one cell merged down its
 * rows): headed 类别 or the like, or, in a table of three columns or more, empty in the rows
 * its merged cell spans. Its text is a heading over its rows, not their names.
 */
function isGroupColumn(rows: string[][][], header: string[] | null): boolean {
  if (rows.length < 2 || rows.some((cells) => cells.length < 3)) return false;
  const firsts = rows.map((cells) => cells[0]!.join(''));
  if (firsts[0] === '' || /^\d{1,3}[.、]?$/.test(firsts[0]!)) return false;
  // A leader's name merged down the rows of their remits is that leader's, no heading.
  if (header && /姓名/.test(header[0]!)) return false;
  if (header && GROUP_HEADING.test(header[0]!)) return true;
  return firsts.some((t) => t === '') && firsts.every((t) => t === '' || (t.length <= 12 && !SENTENCE.test(t)));
}
