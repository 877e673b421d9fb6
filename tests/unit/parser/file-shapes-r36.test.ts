// Round 36's shapes (tuning documents t430–t441: Word, .doc, PDF and OFD notices), one rule
// each, in small documents typed here; expectations by hand.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parser/index.ts';
import { titleName } from '../../../shared/parser/names.ts';

const doc = (...lines: string[]) => parseDocument(lines.join('\n'));

describe('round 36 file shapes', () => {
  it('reads a card whose fields are set apart from their values by spaces', () => {
    const d = doc(
      '青石县林业局 机构信息',
      '机构名称    青石县林业局',
      '机构职能    负责全县林业资源的保护管理。',
      '办公时间    工作日8:30—12:00',
      '联系方式    电话：0571-6061235',
      '内设机构',
      '机构名称    办公室',
      '机构职能    负责机关文电和财务工作。',
      '负责人    吴立新',
      '机构名称　　资源保护股',
      '机构职能　　负责湿地和野生动植物保护工作。',
    );
    expect(d.office.name).toBe('青石县林业局');
    expect(d.office.duties.map((x) => x.text)).toEqual(['负责全县林业资源的保护管理。']);
    expect(d.office.contacts.map((c) => [c.label, c.value])).toEqual([
      ['办公时间', '工作日8:30—12:00'],
      ['电话', '0571-6061235'],
    ]);
    expect(d.office.units.map((u) => [u.name, u.duties.length])).toEqual([
      ['办公室', 1],
      ['资源保护股', 1],
    ]);
    expect(d.office.units[0]!.people.map((p) => [p.title, p.name])).toEqual([['负责人', '吴立新']]);
  });

  it('names the office from a title ending in 部门职责及机构设置', () => {
    expect(titleName('泸川市住房和城乡建设局部门职责及机构设置')?.name).toBe('泸川市住房和城乡建设局');
  });

  it('reads a 领导分工 line whose title is set a space before the name', () => {
    const d = doc(
      '江口县统计局领导分工',
      '局长 田志远：主持全面工作，分管办公室。',
      '副局长　龙春燕：负责综合统计工作。',
    );
    expect(d.office.people.map((p) => [p.title, p.name])).toEqual([
      ['局长', '田志远'],
      ['副局长', '龙春燕'],
    ]);
  });

  it('takes the office from a notice title without quotation marks under the issuer', () => {
    const d = doc(
      '岚江省人民政府办公厅',
      '关于印发岚江省粮食局主要职责内设机构和人员编制规定的通知',
      '各市人民政府，省政府各部门：',
      '内设机构',
      '（一）办公室：负责机关日常运转。',
    );
    expect(d.office.name).toBe('岚江省粮食局');
  });

  it('reads a 机构规格 heading as the intro, not as a cut-off sentence', () => {
    const d = doc(
      '岚江省粮食局主要职责内设机构和人员编制规定',
      '1. 机构规格',
      '岚江省粮食局是省政府部门管理机构，为副厅级。',
      '2. 主要职责',
      '2.1 负责全省粮食流通的行业管理。',
    );
    expect(d.diagnostics.filter((x) => x.code === 'truncated')).toEqual([]);
    expect(d.office.summary).toEqual(['岚江省粮食局是省政府部门管理机构，为副厅级。']);
    expect(d.office.duties.map((x) => x.text)).toEqual(['负责全省粮食流通的行业管理。']);
  });
});
