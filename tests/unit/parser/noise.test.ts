// Page noise: watermark tokens, footnote marks, pinyin annotations; real content untouched.
import { describe, expect, it } from 'vitest';
import { cleanLine, stripFootnotes, stripPinyin, stripWatermark } from '../../../shared/parser/noise.ts';

describe('watermark tokens', () => {
  it('removes the random token at the end of a line of Chinese text', () => {
    expect(stripWatermark('加挂省政府港澳事务办公室牌子。 r,?3HH4?1UQ8:8m')).toBe('加挂省政府港澳事务办公室牌子。');
    expect(stripWatermark('二、综合处 q2;8Zb,2kT8~1q')).toBe('二、综合处');
    expect(stripWatermark('八、机关后勤服务中心 T6~60s4?7tC2~4l')).toBe('八、机关后勤服务中心');
    expect(stripWatermark('综合工作。　q3=5Ho9-7rk87N  ')).toBe('综合工作。');
  });

  it.each([
    '网址 http://www.jxfao.gov.cn',
    '网站 www.jxfao.gov.cn',
    '邮箱 jxfao2019@163.com',
    '电话 0791-86247000',
    '传真 (0791)86247001',
    '邮编 330046',
    '备案号 赣ICP备12345678号-1',
    '备案号 ICP12345678-1',
    '英文名称 Foreign Affairs Office',
    '成立于 2019',
    '文号 赣府厅字〔2019〕12号',
    '版本 v2.3.1',
    '版本 v2.3.1-rc.1',
    '联系电话 Tel:0791-86247000',
    '传真 Fax:0791-86247001',
    '认证 ISO9001:2015',
  ])('keeps real trailing content: %s', (line) => {
    expect(stripWatermark(line)).toBe(line);
  });

  it('leaves lines without Chinese text alone', () => {
    expect(stripWatermark('Version r,?3HH4?1UQ8:8m')).toBe('Version r,?3HH4?1UQ8:8m');
  });
});

describe('footnote marks', () => {
  it('removes [2], ［3］, [注1], [注] and 〔4〕 after text', () => {
    expect(stripFootnotes('外事工作[2]。')).toBe('外事工作。');
    expect(stripFootnotes('外事工作［3］，')).toBe('外事工作，');
    expect(stripFootnotes('出国(境)工作[注1]，[注]')).toBe('出国(境)工作，');
    expect(stripFootnotes('交流〔4〕。')).toBe('交流。');
  });

  it('keeps document numbers, years and a footnote’s own leading mark', () => {
    expect(stripFootnotes('赣府发〔2019〕12号')).toBe('赣府发〔2019〕12号');
    expect(stripFootnotes('[1] 2018年机构改革后名称')).toBe('[1] 2018年机构改革后名称');
    expect(stripFootnotes('数组[]为空')).toBe('数组[]为空');
  });
});

describe('pinyin annotations', () => {
  it('removes tone-marked and plain pinyin after a Han character', () => {
    expect(stripPinyin('國(guó)家')).toBe('國家');
    expect(stripPinyin('外(wài)事(shì)办')).toBe('外事办');
    expect(stripPinyin('外（wài）事')).toBe('外事');
    expect(stripPinyin('外(wai)宾')).toBe('外宾');
    expect(stripPinyin('外(wai4)宾')).toBe('外宾');
    expect(stripPinyin('外事(wài shì)办')).toBe('外事办');
  });

  it('keeps real parentheticals', () => {
    for (const text of [
      '出国(境)管理处',
      '亚洲处(省港澳事务处)',
      '单位(2019)',
      '附件(a)',
      '报告(PDF)',
      '标准(ISO)',
      '涉外案(事)件',
    ]) {
      expect(stripPinyin(text)).toBe(text);
    }
  });
});

describe('cleanLine', () => {
  it('strips indentation, entities, zero-width characters and all noise together', () => {
    expect(cleanLine('\u3000\u3000\t外(wài)事工作[2]。&nbsp;\u200b r,?3HH4?1UQ8:8m')).toBe('外事工作。');
  });

  it('drops leftover HTML tags but keeps angle brackets that are text', () => {
    expect(cleanLine('<p>负责外事工作。<br/></p>')).toBe('负责外事工作。');
    expect(cleanLine('首页 > 机构职能')).toBe('首页 > 机构职能');
    expect(cleanLine('《外事工作条例》')).toBe('《外事工作条例》');
  });
});
