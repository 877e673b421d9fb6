// Region, level and kind read from office names; every expectation typed by hand.
import { describe, expect, it } from 'vitest';
import { placeOffice, readRegion } from '../../../shared/directory/index.ts';

type Place = [province: string | null, city: string | null, county: string | null, township: string | null];
const place = (name: string): Place => {
  const { region } = readRegion(name);
  return [region.province, region.city, region.county, region.township];
};

describe('region from the office name', () => {
  it.each<[string, Place]>([
    ['江西省人民政府外事办公室', ['江西省', null, null, null]],
    ['中共江西省委宣传部', ['江西省', null, null, null]],
    ['南昌市教育局', ['江西省', '南昌市', null, null]],
    ['江西省南昌市青山湖区教育局', ['江西省', '南昌市', '青山湖区', null]],
    ['青山湖区教育局', ['江西省', '南昌市', '青山湖区', null]],
    ['南昌县莲塘镇人民政府', ['江西省', '南昌市', '南昌县', '莲塘镇']],
    ['北京市东城区交道口街道办事处', ['北京市', null, '东城区', '交道口街道']],
    ['上海市公安局', ['上海市', null, null, null]],
    ['重庆市江北区民政局', ['重庆市', null, '江北区', null]],
    ['广西壮族自治区教育厅', ['广西壮族自治区', null, null, null]],
    ['广西教育厅', ['广西壮族自治区', null, null, null]],
    ['内蒙古自治区民政厅', ['内蒙古自治区', null, null, null]],
    ['赣州市瑞金市教育局', ['江西省', '赣州市', '瑞金市', null]],
    ['济源市教育局', ['河南省', null, '济源市', null]],
    ['东莞市教育局', ['广东省', '东莞市', null, null]],
    ['吉林省教育厅', ['吉林省', null, null, null]],
    ['吉林市教育局', ['吉林省', '吉林市', null, null]],
  ])('%s', (name, expected) => {
    expect(place(name)).toEqual(expected);
  });

  it('places 朝阳区 by the city before it, and leaves it ambiguous alone', () => {
    expect(place('北京市朝阳区民政局')).toEqual(['北京市', null, '朝阳区', null]);
    expect(place('长春市朝阳区民政局')).toEqual(['吉林省', '长春市', '朝阳区', null]);
    const alone = readRegion('朝阳区民政局').region;
    expect([alone.province, alone.city, alone.county, alone.code, alone.ambiguous]).toEqual([
      null,
      null,
      '朝阳区',
      null,
      true,
    ]);
  });

  it('reads autonomous prefectures, counties, leagues and banners, also by their short names', () => {
    expect(place('延边朝鲜族自治州教育局')).toEqual(['吉林省', '延边朝鲜族自治州', null, null]);
    expect(place('延边州教育局')).toEqual(['吉林省', '延边朝鲜族自治州', null, null]);
    expect(place('黔东南州人民政府')).toEqual(['贵州省', '黔东南苗族侗族自治州', null, null]);
    expect(place('长阳土家族自治县教育局')).toEqual(['湖北省', '宜昌市', '长阳土家族自治县', null]);
    expect(place('锡林郭勒盟行政公署')).toEqual(['内蒙古自治区', '锡林郭勒盟', null, null]);
    expect(place('正蓝旗人民政府')).toEqual(['内蒙古自治区', '锡林郭勒盟', '正蓝旗', null]);
  });

  it('reads development zones and new areas', () => {
    expect(place('南昌高新区管委会')).toEqual(['江西省', '南昌市', null, null]);
    expect(place('赣州经开区管委会')).toEqual(['江西省', '赣州市', null, null]);
    expect(place('上海市浦东新区教育局')).toEqual(['上海市', null, '浦东新区', null]);
    expect(place('天津市滨海新区人民政府')).toEqual(['天津市', null, '滨海新区', null]);
  });

  it('knows no place where the name has none, or only a word that looks like one', () => {
    expect(place('外事办公室')).toEqual([null, null, null, null]);
    expect(readRegion('外事办公室').region.ambiguous).toBe(false);
    // 中山 starts the university as well as the city; only 中山市 is the city.
    expect(place('中山大学')).toEqual([null, null, null, null]);
    expect(place('中山市教育局')).toEqual(['广东省', '中山市', null, null]);
    // 城区 is a district of three cities and a word: not a place on its own.
    expect(place('城区教育局')).toEqual([null, null, null, null]);
  });

  it('keeps a township the dataset has many of, or none of, by its name alone', () => {
    const many = readRegion('城关镇人民政府').region;
    expect([many.township, many.county, many.ambiguous]).toEqual(['城关镇', null, true]);
    expect(place('某某镇人民政府')).toEqual([null, null, null, '某某镇']);
  });

  it('returns the name after the places', () => {
    expect(readRegion('中共南昌市委组织部').rest).toBe('委组织部');
    expect(readRegion('江西省南昌市青山湖区教育局').rest).toBe('教育局');
  });
});

describe('level and kind', () => {
  it.each<[string, string | null, string]>([
    ['江西省教育厅', 'province', 'government'],
    ['江西省统计局', 'province', 'government'],
    ['北京市民政局', 'province', 'government'],
    ['南昌市教育局', 'city', 'government'],
    ['青山湖区教育局', 'county', 'government'],
    ['瑞金市人民政府', 'county', 'government'],
    ['朝阳区民政局', 'county', 'government'],
    ['南昌县莲塘镇人民政府', 'township', 'government'],
    ['城关镇人民政府', 'township', 'government'],
    ['北京市东城区交道口街道办事处', 'township', 'government'],
    ['南昌高新区管委会', 'county', 'government'],
    // A zone of a province-level municipality is run by the city, below the province.
    ['天津经济技术开发区管理委员会', 'city', 'government'],
    ['锡林郭勒盟行政公署', 'city', 'government'],
    ['正蓝旗人民政府', 'county', 'government'],
    ['省教育厅', 'province', 'government'],
    ['外事办公室', null, 'government'],
    ['中共江西省委宣传部', 'province', 'party'],
    ['中共南昌市委组织部', 'city', 'party'],
    ['南昌市委统战部', 'city', 'party'],
    ['青山湖区委政法委', 'county', 'party'],
    ['江西省纪委监委', 'province', 'party'],
    ['中共江西省委党校', 'province', 'party'],
    ['南昌市委机构编制委员会办公室', 'city', 'party'],
    ['江西省图书馆', 'province', 'institution'],
    ['南昌市疾病预防控制中心', 'city', 'institution'],
    ['江西省水利科学研究院', 'province', 'institution'],
    ['南昌市气象站', 'city', 'institution'],
    ['江西省地质调查研究所', 'province', 'institution'],
    ['江西中医药大学', 'province', 'institution'],
    ['青山湖区人民医院', 'county', 'institution'],
    ['江西省高级人民法院', 'province', 'government'],
    ['南昌市人民检察院', 'city', 'government'],
    ['青山湖区公安分局莲塘派出所', 'county', 'government'],
    ['江西省人民政府外事办公室(江西省人民政府港澳事务办公室)', 'province', 'government'],
  ])('%s is %s, %s', (name, level, kind) => {
    const placed = placeOffice(name);
    expect([placed.level, placed.kind]).toEqual([level, kind]);
  });
});
