import { describe, expect, it } from 'vitest';
import { clauseLines } from '../../../shared/chart/clause-lines.ts';
import { splitClauses } from '../../../shared/parser/lines.ts';

const lines = (text: string) => clauseLines(text, splitClauses(text));

describe('clauseLines', () => {
  it('gives each clause back the mark that ended it in the source', () => {
    expect(lines('承办会议组织工作；管理机关车辆;负责来访接待。')).toEqual([
      '承办会议组织工作；',
      '管理机关车辆;',
      '负责来访接待。',
    ]);
  });

  it('leaves a clause the source did not close as written', () => {
    expect(lines('起草年度报告；汇总统计数据')).toEqual(['起草年度报告；', '汇总统计数据']);
  });

  it('cuts the lines from the displayed text, whose marks were converted in context', () => {
    const text = '承办会议;管理车辆(含公务用车)。';
    const shown = text.replace(';', '；').replace('(', '（').replace(')', '）');
    expect(clauseLines(text, splitClauses(text), shown)).toEqual(['承办会议；', '管理车辆（含公务用车）。']);
  });

  it('finds a clause repeated in the text at its own place', () => {
    expect(lines('做好宣传。做好宣传；督促落实。')).toEqual(['做好宣传。', '做好宣传；', '督促落实。']);
  });
});
