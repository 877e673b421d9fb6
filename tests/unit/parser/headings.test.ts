// Section headings in their common wordings, numbered or not; page furniture.
import { describe, expect, it } from 'vitest';
import { classifyHeading, furnitureKind } from '../../../shared/parser/headings.ts';

describe('classifyHeading', () => {
  it.each([
    ['简介', 'intro'],
    ['概况', 'intro'],
    ['机构简介', 'intro'],
    ['单位简介', 'intro'],
    ['江西省外事办公室简介', 'intro'],
    ['主要职责', 'duties'],
    ['职能', 'duties'],
    ['机构职能', 'duties'],
    ['职责', 'duties'],
    ['主要职能', 'duties'],
    ['主要职责：', 'duties'],
    ['【主要职责】', 'duties'],
    ['主 要 职 责', 'duties'],
    ['内设机构', 'units'],
    ['机构设置', 'units'],
    ['内设处室', 'units'],
    ['内设机构及职责', 'units'],
    ['直属单位', 'affiliated'],
    ['派出法庭', 'affiliated'],
    ['基层司法所', 'affiliated'],
    ['直属学校', 'affiliated'],
    // Bodies outside the divisions, charted as groups of their own (shared/chart/groups.ts).
    ['派出机构', 'affiliated'],
    ['议事协调机构', 'affiliated'],
    ['四、议事协调机构及职责', 'affiliated'],
    ['县政府议事机构', 'affiliated'],
    ['职能科室', 'units'],
    ['临床医技科室', 'units'],
    ['部门职责', 'duties'],
    ['领导', 'leaders'],
    ['领导信息', 'leaders'],
    ['领导班子', 'leaders'],
    ['获得荣誉', 'honors'],
    ['荣誉', 'honors'],
    ['通信地址', 'contacts'],
    ['联系方式', 'contacts'],
    ['地址', 'contacts'],
    ['电话', 'contacts'],
    ['免责声明', 'furniture'],
    ['一、主要职责', 'duties'],
    ['二、内设机构', 'units'],
    ['第二章　内设机构', 'units'],
    ['三、人员编制', 'ignored'],
    ['职能转变', 'ignored'],
    ['领导职数', 'ignored'],
    ['其他事项', 'ignored'],
    ['附则', 'ignored'],
  ])('%s is a %s heading', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });

  it('keeps the owner named before the keyword, the label and the content after a colon', () => {
    expect(classifyHeading('江西省外事办公室简介')).toMatchObject({
      prefix: '江西省外事办公室',
      title: '简介',
      rest: '',
    });
    expect(classifyHeading('二、内设机构：办公室、人事处。')).toMatchObject({
      kind: 'units',
      rest: '办公室、人事处。',
      label: { label: '二' },
    });
  });

  it.each([
    '一、坚持和加强党对全省对外工作的集中统一领导。',
    '综合处',
    '负责全省外事工作职能',
    '九、完成省委、省政府交办的其他任务。',
    '2019年3月,获得“江西省第十五届文明单位”荣誉。',
    '南昌市苏圃路157号',
  ])('%s is not a heading', (text) => {
    expect(classifyHeading(text)).toBeNull();
  });
});

describe('furnitureKind', () => {
  it.each([
    ['版权所有：江西省人民政府外事办公室', 'footer'],
    ['网站地图 | 联系我们', 'footer'],
    ['主办单位：江西省人民政府外事办公室', 'footer'],
    ['赣ICP备05004440号', 'footer'],
    ['打印本页 关闭窗口', 'chrome'],
    ['分享到：微信 微博', 'chrome'],
    ['当前位置：首页 > 机构职能', 'chrome'],
    ['发布日期：2023-05-06', 'chrome'],
    ['注：[1] 2018年机构改革后名称。', 'chrome'],
    // A 公文's head and foot around the text it issues.
    ['清溪县人民政府办公室文件', 'chrome'],
    ['公开', 'chrome'],
    ['密级：内部', 'chrome'],
    ['机密★1年', 'chrome'],
    ['特急', 'chrome'],
    ['紧急程度：平件', 'chrome'],
    ['签发人：李春华', 'chrome'],
    ['关于报送2025年度机构职能信息的报告', 'chrome'],
    ['（此件公开发布）', 'chrome'],
  ])('%s is %s', (text, kind) => {
    expect(furnitureKind(text)).toBe(kind);
  });

  it('does not take a duty that mentions such words for furniture', () => {
    expect(furnitureKind('负责审核对外交流活动的主办单位资格。')).toBeNull();
    expect(furnitureKind('负责公开政务信息。')).toBeNull();
    expect(furnitureKind('转发上级文件')).toBeNull();
  });
});
