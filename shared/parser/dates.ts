// Dates as pages write them: 2019年3月, 2019年3月5日, 2019-03-05, 2019.3, 2019/3/5.
import { toAsciiDigits } from './text.ts';

const DATE =
  /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|[-./](\d{1,2})(?:[-./](\d{1,2}))?(?!\d)|年)/;

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** The first date in `text` as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null. */
export function findDate(text: string): string | null {
  const m = DATE.exec(toAsciiDigits(text));
  if (!m) return null;
  const month = m[2] ?? m[4];
  const day = m[3] ?? m[5];
  if (month && (Number(month) < 1 || Number(month) > 12)) return m[1];
  if (!month) return m[1];
  if (!day || Number(day) < 1 || Number(day) > 31) return `${m[1]}-${pad(month)}`;
  return `${m[1]}-${pad(month)}-${pad(day)}`;
}

// Where a page states when its data was current.
// The keyword opens the line or follows a blank or bracket, so prose like `成立时间` is no date stamp.
const AS_OF =
  /(?:^|[\s\u3000（(【[|｜])(?:更新时间|更新日期|发布时间|发布日期|发布于|成文日期|印发日期|信息时间|统计时间|信息截至|数据截至|截至|截止到|截止)[:：]?\s*([^\s\u3000]{0,4}?(?:19|20)\d{2}[^，。；;]{0,12})/;

/** The as-of date a line states (更新时间：2023-05-06, 截至2023年5月), or null. */
export function findAsOf(text: string): string | null {
  const m = AS_OF.exec(text);
  return m ? findDate(m[1]) : null;
}
