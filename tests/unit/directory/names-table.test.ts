// Office names of every kind and level, each with the placement a careful official expects
// (written by hand, not read from the code): province, city, county, township, level, kind.
// `-` is unknown. Kinds: g government (政府部门, also people's congresses, CPPCC, courts,
// procuratorates and mass organisations), p party (党委部门), i public institution (事业单位).
import { describe, expect, it } from 'vitest';
import { placeOffice } from '../../../shared/directory/index.ts';

const TABLE = `
中华人民共和国商务部|-|-|-|-|national|g
中华人民共和国教育部|-|-|-|-|national|g
国家统计局|-|-|-|-|national|g
海关总署|-|-|-|-|national|g
国家林业和草原局|-|-|-|-|national|g
国家发展和改革委员会|-|-|-|-|national|g
国家市场监督管理总局|-|-|-|-|national|g
国家税务总局|-|-|-|-|national|g
国家医疗保障局|-|-|-|-|national|g
国家移民管理局|-|-|-|-|national|g
国务院办公厅|-|-|-|-|national|g
国务院国有资产监督管理委员会|-|-|-|-|national|g
国务院发展研究中心|-|-|-|-|national|i
交通运输部|-|-|-|-|national|g
中国人民银行|-|-|-|-|national|g
中国气象局|-|-|-|-|national|g
中国地震局|-|-|-|-|national|g
最高人民法院|-|-|-|-|national|g
最高人民检察院|-|-|-|-|national|g
全国人民代表大会常务委员会办公厅|-|-|-|-|national|g
全国人大常委会法制工作委员会|-|-|-|-|national|g
中国人民政治协商会议全国委员会办公厅|-|-|-|-|national|g
全国政协办公厅|-|-|-|-|national|g
中共中央办公厅|-|-|-|-|national|p
中共中央组织部|-|-|-|-|national|p
中共中央宣传部|-|-|-|-|national|p
中央纪委国家监委|-|-|-|-|national|p
中央机构编制委员会办公室|-|-|-|-|national|p
中共中央党校（国家行政学院）|-|-|-|-|national|p
共青团中央|-|-|-|-|national|g
中华全国总工会|-|-|-|-|national|g
中华全国妇女联合会|-|-|-|-|national|g
中国残疾人联合会|-|-|-|-|national|g
中国科学院|-|-|-|-|national|i
中国社会科学院|-|-|-|-|national|i
国家图书馆|-|-|-|-|national|i
国家气象中心|-|-|-|-|national|i
國家統計局|-|-|-|-|national|g
中華人民共和國商務部|-|-|-|-|national|g
国家税务总局江西省税务局|江西省|-|-|-|province|g
国家税务总局南昌市税务局|江西省|南昌市|-|-|city|g
国家税务总局南昌县税务局|江西省|南昌市|南昌县|-|county|g
国家税务总局南昌市青山湖区税务局|江西省|南昌市|青山湖区|-|county|g
國家稅務總局廣州市稅務局|广东省|广州市|-|-|city|g
国家金融监督管理总局江西监管局|江西省|-|-|-|province|g
国家金融监督管理总局赣州监管分局|江西省|赣州市|-|-|city|g
中国人民银行江西省分行|江西省|-|-|-|province|g
中国人民银行赣州市分行|江西省|赣州市|-|-|city|g
国家外汇管理局江西省分局|江西省|-|-|-|province|g
南昌海关|江西省|南昌市|-|-|city|g
九江海关|江西省|九江市|-|-|city|g
国家统计局南昌调查队|江西省|南昌市|-|-|city|g
国家统计局江西调查总队|江西省|-|-|-|province|g
国家统计局瑞金调查队|江西省|赣州市|瑞金市|-|county|g
江西省气象局|江西省|-|-|-|province|g
南昌市气象局|江西省|南昌市|-|-|city|g
江西省地震局|江西省|-|-|-|province|g
江西省通信管理局|江西省|-|-|-|province|g
江西省烟草专卖局|江西省|-|-|-|province|g
江西省邮政管理局|江西省|-|-|-|province|g
中共江西省委办公厅|江西省|-|-|-|province|p
中共江西省委宣传部|江西省|-|-|-|province|p
中共江西省纪律检查委员会|江西省|-|-|-|province|p
江西省监察委员会|江西省|-|-|-|province|p
中共江西省委网络安全和信息化委员会办公室|江西省|-|-|-|province|p
中共江西省直属机关工作委员会|江西省|-|-|-|province|p
江西省委老干部局|江西省|-|-|-|province|p
中共南昌市委组织部|江西省|南昌市|-|-|city|p
中共南昌市纪律检查委员会|江西省|南昌市|-|-|city|p
南昌市监察委员会|江西省|南昌市|-|-|city|p
中共南昌市委政法委员会|江西省|南昌市|-|-|city|p
中共南昌市委机构编制委员会办公室|江西省|南昌市|-|-|city|p
中共赣州市委党校|江西省|赣州市|-|-|city|p
中共南昌县委组织部|江西省|南昌市|南昌县|-|county|p
中共青山湖区委统战部|江西省|南昌市|青山湖区|-|county|p
中共瑞金市委宣传部|江西省|赣州市|瑞金市|-|county|p
中共上海市浦东新区委员会|上海市|-|浦东新区|-|county|p
中共延边朝鲜族自治州委员会|吉林省|延边朝鲜族自治州|-|-|city|p
中共南昌县莲塘镇委员会|江西省|南昌市|南昌县|莲塘镇|township|p
中共廣州市委組織部|广东省|广州市|-|-|city|p
江西省人大常委会办公厅|江西省|-|-|-|province|g
江西省人民代表大会常务委员会法制工作委员会|江西省|-|-|-|province|g
南昌市人大常委会办公厅|江西省|南昌市|-|-|city|g
南昌县人民代表大会常务委员会|江西省|南昌市|南昌县|-|county|g
中国人民政治协商会议江西省委员会|江西省|-|-|-|province|g
政协南昌市委员会办公厅|江西省|南昌市|-|-|city|g
政协南昌县委员会|江西省|南昌市|南昌县|-|county|g
政协瑞金市委员会|江西省|赣州市|瑞金市|-|county|g
江西省高级人民法院|江西省|-|-|-|province|g
南昌市中级人民法院|江西省|南昌市|-|-|city|g
南昌县人民法院|江西省|南昌市|南昌县|-|county|g
江西省人民检察院|江西省|-|-|-|province|g
青山湖区人民检察院|江西省|南昌市|青山湖区|-|county|g
南昌市公安局|江西省|南昌市|-|-|city|g
南昌县公安局莲塘派出所|江西省|南昌市|南昌县|-|county|g
南昌市司法局|江西省|南昌市|-|-|city|g
共青团江西省委员会|江西省|-|-|-|province|g
共青团南昌市委|江西省|南昌市|-|-|city|g
共青团南昌县委员会|江西省|南昌市|南昌县|-|county|g
江西省总工会|江西省|-|-|-|province|g
南昌市总工会|江西省|南昌市|-|-|city|g
南昌县妇女联合会|江西省|南昌市|南昌县|-|county|g
南昌市科学技术协会|江西省|南昌市|-|-|city|g
江西省残疾人联合会|江西省|-|-|-|province|g
赣州市文学艺术界联合会|江西省|赣州市|-|-|city|g
南昌市红十字会|江西省|南昌市|-|-|city|g
南昌市疾病预防控制中心|江西省|南昌市|-|-|city|i
南昌县人民医院|江西省|南昌市|南昌县|-|county|i
江西省人民医院|江西省|-|-|-|province|i
南昌市第一医院|江西省|南昌市|-|-|city|i
江西师范大学|江西省|-|-|-|province|i
江西财经大学|江西省|-|-|-|province|i
南昌市第二中学|江西省|南昌市|-|-|city|i
江西省图书馆|江西省|-|-|-|province|i
江西省博物馆|江西省|-|-|-|province|i
江西省社会科学院|江西省|-|-|-|province|i
南昌市住房公积金管理中心|江西省|南昌市|-|-|city|i
南昌市气象台|江西省|南昌市|-|-|city|i
江西日报社|江西省|-|-|-|province|i
江西广播电视台|江西省|-|-|-|province|i
南昌县农业技术推广中心|江西省|南昌市|南昌县|-|county|i
南昌县莲塘镇农业综合服务站|江西省|南昌市|南昌县|莲塘镇|township|i
中山大学|-|-|-|-|-|i
南昌高新技术产业开发区管理委员会|江西省|南昌市|-|-|county|g
南昌经济技术开发区管委会|江西省|南昌市|-|-|county|g
苏州工业园区管理委员会|江苏省|苏州市|苏州工业园区|-|county|g
石家庄高新技术产业开发区管理委员会|河北省|石家庄市|石家庄高新技术产业开发区|-|county|g
上海市浦东新区人民政府|上海市|-|浦东新区|-|county|g
天津市滨海新区教育局|天津市|-|滨海新区|-|county|g
南昌县莲塘镇人民政府|江西省|南昌市|南昌县|莲塘镇|township|g
东莞市虎门镇人民政府|广东省|东莞市|-|虎门镇|township|g
北京市朝阳区建外街道办事处|北京市|-|朝阳区|建外街道|township|g
南昌县莲塘镇|江西省|南昌市|南昌县|莲塘镇|township|g
阿荣旗音河达斡尔鄂温克民族乡人民政府|内蒙古自治区|呼伦贝尔市|阿荣旗|音河达斡尔鄂温克民族乡|township|g
石拐区吉忽伦图苏木人民政府|内蒙古自治区|包头市|石拐区|吉忽伦图苏木|township|g
某某苏木人民政府|-|-|-|某某苏木|township|g
延边朝鲜族自治州人民政府|吉林省|延边朝鲜族自治州|-|-|city|g
延边州民政局|吉林省|延边朝鲜族自治州|-|-|city|g
恩施土家族苗族自治州教育局|湖北省|恩施土家族苗族自治州|-|-|city|g
湘西州人民政府|湖南省|湘西土家族苗族自治州|-|-|city|g
长阳土家族自治县人民政府|湖北省|宜昌市|长阳土家族自治县|-|county|g
长阳县教育局|湖北省|宜昌市|长阳土家族自治县|-|county|g
锡林郭勒盟行政公署|内蒙古自治区|锡林郭勒盟|-|-|city|g
阿拉善盟教育局|内蒙古自治区|阿拉善盟|-|-|city|g
正蓝旗人民政府|内蒙古自治区|锡林郭勒盟|正蓝旗|-|county|g
中共锡林郭勒盟委员会|内蒙古自治区|锡林郭勒盟|-|-|city|p
西藏自治区人民政府|西藏自治区|-|-|-|province|g
新疆维吾尔自治区教育厅|新疆维吾尔自治区|-|-|-|province|g
新疆教育厅|新疆维吾尔自治区|-|-|-|province|g
宁夏回族自治区民政厅|宁夏回族自治区|-|-|-|province|g
广西壮族自治区人民政府办公厅|广西壮族自治区|-|-|-|province|g
北京市海淀区教育委员会|北京市|-|海淀区|-|county|g
海淀区人民政府|北京市|-|海淀区|-|county|g
上海市黄浦区人民政府|上海市|-|黄浦区|-|county|g
重庆市渝中区民政局|重庆市|-|渝中区|-|county|g
重庆市城口县人民政府|重庆市|-|城口县|-|county|g
天津市和平区教育局|天津市|-|和平区|-|county|g
沈阳市和平区教育局|辽宁省|沈阳市|和平区|-|county|g
北京市民政局|北京市|-|-|-|province|g
瑞金市人民政府|江西省|赣州市|瑞金市|-|county|g
昆山市教育局|江苏省|苏州市|昆山市|-|county|g
义乌市市场监督管理局|浙江省|金华市|义乌市|-|county|g
仙桃市人民政府|湖北省|-|仙桃市|-|county|g
神农架林区人民政府|湖北省|-|神农架林区|-|county|g
江西省南昌市人民政府|江西省|南昌市|-|-|city|g
赣州市章贡区人民政府|江西省|赣州市|章贡区|-|county|g
南昌市人民政府办公室（南昌市人民政府外事办公室）|江西省|南昌市|-|-|city|g
江西省乡村振兴局（江西省扶贫开发领导小组办公室）|江西省|-|-|-|province|g
中共南昌市委办公室（南昌市委保密委员会办公室）|江西省|南昌市|-|-|city|p
南昌市档案馆（南昌市地方志办公室）|江西省|南昌市|-|-|city|i
教育部考试中心|-|-|-|-|national|i
审计署|-|-|-|-|national|g
中国气象局气象探测中心|-|-|-|-|national|i
老干部局|-|-|-|-|-|p
宣传部|-|-|-|-|-|p
国家税务总局北京市海淀区税务局|北京市|-|海淀区|-|county|g
国家金融监督管理总局北京监管局|北京市|-|-|-|province|g
中国人民银行南昌中心支行|江西省|南昌市|-|-|city|g
上海海关|上海市|-|-|-|province|g
中国共产党江西省委员会|江西省|-|-|-|province|p
中国共产主义青年团江西省委员会|江西省|-|-|-|province|g
朝阳市教育局|辽宁省|朝阳市|-|-|city|g
辽宁省朝阳县人民政府|辽宁省|朝阳市|朝阳县|-|county|g
吉林省长春市朝阳区民政局|吉林省|长春市|朝阳区|-|county|g
北京市朝阳区人民法院|北京市|-|朝阳区|-|county|g
江西省瑞金市人民政府|江西省|赣州市|瑞金市|-|county|g
南昌县莲塘镇中心小学|江西省|南昌市|南昌县|莲塘镇|township|i
南昌市人民政府驻北京办事处|江西省|南昌市|-|-|city|g
伊犁州人民政府|新疆维吾尔自治区|伊犁哈萨克自治州|-|-|city|g
克孜勒苏州民政局|新疆维吾尔自治区|克孜勒苏柯尔克孜自治州|-|-|city|g
海西州人民政府|青海省|海西蒙古族藏族自治州|-|-|city|g
恩施市人民政府|湖北省|恩施土家族苗族自治州|恩施市|-|county|g
峨边县教育局|四川省|乐山市|峨边彝族自治县|-|county|g
南昌市国资委|江西省|南昌市|-|-|city|g
南昌铁路运输中级法院|江西省|南昌市|-|-|city|g
南昌市公安局青山湖分局|江西省|南昌市|-|-|city|g
中共南昌市青山湖区委员会|江西省|南昌市|青山湖区|-|county|p
国家税务总局南昌经济技术开发区税务局|江西省|南昌市|-|-|county|g
景德镇海关|江西省|景德镇市|-|-|city|g
国家税务总局青禾县税务局|-|-|青禾县|-|county|g
国家统计局宁都调查队|江西省|赣州市|宁都县|-|county|g
中华人民共和国南昌海关|江西省|南昌市|-|-|city|g
中华人民共和国国家统计局|-|-|-|-|national|g
中国人民银行青禾市分行|-|青禾市|-|-|city|g
江西省教育廳|江西省|-|-|-|province|g
廣東省人民政府|广东省|-|-|-|province|g
廣州市民政局|广东省|广州市|-|-|city|g
`;

const KINDS = { g: 'government', p: 'party', i: 'institution' } as const;
const orNull = (v: string) => (v === '-' ? null : v);

const rows = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, province, city, county, township, level, kind] = line.split('|') as [
      string,
      string,
      string,
      string,
      string,
      string,
      keyof typeof KINDS,
    ];
    return {
      name,
      expected: {
        province: orNull(province),
        city: orNull(city),
        county: orNull(county),
        township: orNull(township),
        level: orNull(level),
        kind: KINDS[kind],
      },
    };
  });

describe('office names of every kind and level are placed as an official would place them', () => {
  it('the table has about 150 distinct names', () => {
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  it.each(rows)('$name', ({ name, expected }) => {
    const { region, level, kind } = placeOffice(name);
    expect({
      province: region.province,
      city: region.city,
      county: region.county,
      township: region.township,
      level,
      kind,
    }).toEqual(expected);
  });
});
