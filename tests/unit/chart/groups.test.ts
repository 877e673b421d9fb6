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

  it('leaves a division the source lists as the office own where it is, whatever its name', () => {
    for (const name of ['城关派出所', '扶贫开发领导小组办公室', '办公室'])
      expect(chartGroup({ name, kind: 'internal' }), name).toBe('internal');
  });
});
