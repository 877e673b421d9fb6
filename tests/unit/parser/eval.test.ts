// The parser against hand-written expectations: every check of every tuning document must
// pass; the held-out set (written independently, when present) must stay above a floor; the
// second held-out set (test2) is scored and validated, with no floor yet.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMisses, scoreFolder } from '../../parser-eval/score.ts';
import { ROOT } from './helpers.ts';

const TUNE = `${ROOT}tests/parser-eval/tune`;
const TEST = `${ROOT}tests/parser-eval/test`;
const TEST2 = `${ROOT}tests/parser-eval/test2`;

// Tuning checks left open when a round's time ran out, listed exactly, so that fixing one (or
// missing anything else) fails until this list is updated. Round 26 closed round 23's last three;
// rounds 25 to 29 left none. Round 31 left t377 open (a browser-printed two-column table with a
// narrow name column); round 33 closed it. Round 34 (t406–t417) left none. The check that own
// units are not read as affiliated (added after round 34) finds t238: set in 20 pt, the last unit's
// line runs to the margin and the PDF reader joined the heading `所属事业单位：` onto it; round 36
// (t430–t441) closed it and left none; round 38 (t460–t471) left none.
// None open: round 37's t443 (a `…广播` channel under a 频道 heading) and t453 (leader lines after
// a 献血点 list) were closed in round 40.
// Round 41's misses left open: t498's address in a 主办 footer line (`X局地址：`), t499's office named
// only in a bootstrap navbar-brand, t502's bare-number footnote line after the last unit, t503's
// <h4> units each followed by 负责人 / 联系电话 / 办公地点 lines, t505's units under a title heading
// and an intro paragraph (no 内设机构 heading), t507's 分管 units read as the page's own.
const OPEN_TUNE_MISSES: string[] = [
  't498-county-market-regulation-th-row-table-html: address (found: none)',
  't499-city-ecology-bootstrap-panels-html: office name (found: )',
  't499-city-ecology-bootstrap-panels-html: no extra units (found: 临沅市生态环境局)',
  't499-city-ecology-bootstrap-panels-html: not unit 临沅市生态环境局',
  't502-province-archives-sup-footnotes-html: duties of 档案信息化处 (found: 2)',
  't503-county-housing-unit-contact-lines-html: duty count (found: 1)',
  't503-county-housing-unit-contact-lines-html: unit 建筑市场管理股 (found: 办公室)',
  't503-county-housing-unit-contact-lines-html: unit 房地产管理股 (found: 办公室)',
  't503-county-housing-unit-contact-lines-html: unit 村镇建设股 (found: 办公室)',
  't503-county-housing-unit-contact-lines-html: duties of 办公室 (found: 0)',
  't503-county-housing-unit-contact-lines-html: duties of 建筑市场管理股 (found: missing)',
  't503-county-housing-unit-contact-lines-html: duties of 房地产管理股 (found: missing)',
  't503-county-housing-unit-contact-lines-html: duties of 村镇建设股 (found: missing)',
  't503-county-housing-unit-contact-lines-html: address (found: 局机关三楼301室)',
  't505-county-audit-bracket-duty-markers-text: office name (found: 办公室)',
  't505-county-audit-bracket-duty-markers-text: duty count (found: 1)',
  't505-county-audit-bracket-duty-markers-text: unit 办公室 (found: )',
  't505-county-audit-bracket-duty-markers-text: unit 财政金融审计股 (found: )',
  't505-county-audit-bracket-duty-markers-text: unit 经济责任审计股 (found: )',
  't505-county-audit-bracket-duty-markers-text: unit 固定资产投资审计股 (found: )',
  't505-county-audit-bracket-duty-markers-text: duties of 办公室 (found: missing)',
  't505-county-audit-bracket-duty-markers-text: duties of 财政金融审计股 (found: missing)',
  't505-county-audit-bracket-duty-markers-text: duties of 经济责任审计股 (found: missing)',
  't505-county-audit-bracket-duty-markers-text: duties of 固定资产投资审计股 (found: missing)',
  't507-county-education-leaders-remit-lines-text: no extra units (found: 办公室、人事股、基础教育股、教师工作股、安全稳定股、教育装备中心)',
];

describe('parser evaluation', () => {
  it('meets every expectation of the tuning documents but the open ones', async () => {
    const { summary, documents } = await scoreFolder(TUNE);
    expect(summary.documents).toBeGreaterThanOrEqual(490);
    expect(describeMisses(documents)).toEqual(OPEN_TUNE_MISSES);
    // Longer than the default: the .doc documents go through LibreOffice and the printed PDFs through Chromium
    // (over 400 documents took over 240 s on two cores shared by several test runs; 454 took 500 s
    // at a load of 17 beside other test files and another helper's scoring).
  }, 900_000);

  it.runIf(existsSync(TEST))('scores at least 0.88 (micro) on the held-out documents', async () => {
    // A regression floor just below the measured 0.906 (0.849 before rounds 13–17, 0.69 for the
    // first parser); the goal is 0.90.
    // Only the figure: the held-out misses are for whoever reads the report, not for tuning
    // (`node tests/parser-eval/score.ts --misses` lists them).
    const { summary } = await scoreFolder(TEST);
    expect(summary.micro).toBeGreaterThanOrEqual(0.88);
  });

  it.runIf(existsSync(TEST2))(
    'scores the second held-out set, every expectation valid and every document read',
    async () => {
      // No floor yet: the figure is reported, not asserted (scoreFolder throws on an invalid expectation).
      const { summary, documents } = await scoreFolder(TEST2);
      expect(summary.documents).toBeGreaterThanOrEqual(20);
      expect(documents.filter((d) => d.readAs === 'missing').map((d) => d.document)).toEqual([]);
      expect(summary.checks).toBeGreaterThan(summary.documents);
    },
  );
});
