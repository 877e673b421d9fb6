import { describe, expect, it } from 'vitest';
import { chartGroup } from '../../../shared/chart/groups.ts';

const affiliated = (name: string) => chartGroup({ name, kind: 'affiliated' });

describe('chartGroup', () => {
  it('tells dispatched bodies by their names', () => {
    for (const name of [
      '城关派出所',
      '东湖分局',
      '青山湖区税务分局',
      '罗家镇人民法庭',
      '黄马乡司法所',
      '城区第一执法中队',
      '省人民政府驻北京办事处',
      '驻上海联络处',
      '开发区派出机构',
    ])
      expect(affiliated(name), name).toBe('dispatched');
  });

  it('tells coordinating bodies and their offices', () => {
    for (const name of [
      '县禁毒委员会办公室',
      '防汛抗旱指挥部',
      '全省河长制工作领导小组办公室',
      '安全生产委员会',
      '社会救助联席会议办公室',
    ])
      expect(affiliated(name), name).toBe('coordination');
  });

  it('keeps other bodies as 直属单位: service centres, institutes, detention houses, area agencies', () => {
    for (const name of [
      '县看守所',
      '省信息中心',
      '市疾病预防控制中心',
      '高新区管理委员会',
      '经济开发区管委会',
      '省博物馆',
      '第一中学',
    ])
      expect(affiliated(name), name).toBe('affiliated');
  });

  it('tells party organisations, stationed, nameplate and temporary bodies', () => {
    for (const [name, group] of [
      ['机关党委', 'party'],
      ['直属机关党委', 'party'],
      ['机关纪委', 'party'],
      ['机关党委（人事处）', 'party'],
      ['机关工会', 'party'],
      ['县纪委监委派驻县教育局纪检监察组', 'stationed'],
      ['派驻第三纪检监察组', 'stationed'],
      ['省侨务办公室（挂牌）', 'nameplate'],
      ['加挂市地方志办公室牌子', 'nameplate'],
      ['第七次人口普查临时办公室', 'temporary'],
      ['新机场建设工作专班', 'temporary'],
      ['市运动会筹备委员会', 'temporary'],
      // Near misses stay where they were.
      ['驻上海联络处', 'dispatched'],
      ['县禁毒委员会办公室', 'coordination'],
      ['党史研究中心', 'affiliated'],
    ] as const)
      expect(affiliated(name), name).toBe(group);
  });

  it('leaves a division the source lists as the office own where it is, whatever its name', () => {
    for (const name of ['城关派出所', '扶贫开发领导小组办公室', '办公室', '机关党委', '派驻纪检监察组'])
      expect(chartGroup({ name, kind: 'internal' }), name).toBe('internal');
  });
});
