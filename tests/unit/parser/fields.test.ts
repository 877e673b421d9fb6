// People, contacts and dates as pages write them.
import { describe, expect, it } from 'vitest';
import { guessContactLabel, parseContacts } from '../../../shared/parser/contacts.ts';
import { findAsOf, findDate } from '../../../shared/parser/dates.ts';
import { parsePeople, unitWithHead } from '../../../shared/parser/people.ts';

describe('parsePeople', () => {
  it('reads 职务:姓名 with half- and full-width colons', () => {
    expect(parsePeople('专职副书记:顾健红')).toEqual([{ title: '专职副书记', name: '顾健红' }]);
    expect(parsePeople('处长：吴敏')).toEqual([{ title: '处长', name: '吴敏' }]);
  });

  it('reads several titles and name lists on one line', () => {
    expect(parsePeople('主任：张三　副主任：李四、王五')).toEqual([
      { title: '主任', name: '张三' },
      { title: '副主任', name: '李四' },
      { title: '副主任', name: '王五' },
    ]);
    expect(parsePeople('主　任：周建国')).toEqual([{ title: '主任', name: '周建国' }]);
    expect(parsePeople('党组书记、主任：买买提·艾力')).toEqual([{ title: '党组书记、主任', name: '买买提·艾力' }]);
  });

  it('closes the blank space that pads two-character names and titles', () => {
    expect(parsePeople('局　长：张　三')).toEqual([{ title: '局长', name: '张三' }]);
    expect(parsePeople('副局长：张　三、李　四、王小五')).toEqual([
      { title: '副局长', name: '张三' },
      { title: '副局长', name: '李四' },
      { title: '副局长', name: '王小五' },
    ]);
    expect(parsePeople('局　长　张　三')).toEqual([{ title: '局长', name: '张三' }]);
  });

  it('reads the titles of vertically managed offices (海关的关长)', () => {
    expect(parsePeople('副关长:秦岚')).toEqual([{ title: '副关长', name: '秦岚' }]);
  });

  it('reads 姓名　职务', () => {
    expect(parsePeople('赵六　二级调研员')).toEqual([{ title: '二级调研员', name: '赵六' }]);
  });

  it('does not read prose with a colon as people', () => {
    expect(parsePeople('主要职责：负责机关日常运转。')).toBeNull();
    expect(parsePeople('地址：南昌市苏圃路157号')).toBeNull();
    expect(parsePeople('市外事办设下列内设机构：')).toBeNull();
    expect(parsePeople('办公室：负责文电、会务工作')).toBeNull();
  });
});

describe('parseContacts', () => {
  it('reads one or several labelled fields per line', () => {
    expect(parseContacts('地址：南昌市苏圃路157号')).toEqual([{ label: '地址', value: '南昌市苏圃路157号' }]);
    expect(parseContacts('地址：瑞金市红都大道88号　邮编：342500 电话:0797-2522888')).toEqual([
      { label: '地址', value: '瑞金市红都大道88号' },
      { label: '邮编', value: '342500' },
      { label: '电话', value: '0797-2522888' },
    ]);
    expect(parseContacts('E-mail: wb@jx.gov.cn')).toEqual([{ label: 'E-mail', value: 'wb@jx.gov.cn' }]);
  });

  it('ignores lines that do not start with a contact label', () => {
    expect(parseContacts('负责联系电话：的管理')).toBeNull();
    expect(parseContacts('南昌市苏圃路157号')).toBeNull();
  });

  it('guesses the label of bare values', () => {
    expect(guessContactLabel('南昌市苏圃路157号')).toBe('地址');
    expect(guessContactLabel('0791-86247000')).toBe('电话');
    expect(guessContactLabel('330046')).toBe('邮编');
    expect(guessContactLabel('wb@jx.gov.cn')).toBe('邮箱');
    expect(guessContactLabel('http://www.jxfao.gov.cn')).toBe('网址');
    expect(guessContactLabel('负责全省外事工作')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2019年3月,获得“江西省第十五届文明单位”荣誉。', '2019-03'],
    ['2020年4月,获得表彰', '2020-04'],
    ['2019年3月5日获评', '2019-03-05'],
    ['2018年被评为先进单位', '2018'],
    ['2021-06-30 获得', '2021-06-30'],
    ['2019.3 获得', '2019-03'],
    ['２０１９年３月获得', '2019-03'],
    ['获得先进单位称号', null],
  ])('%s -> %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('finds the as-of date a page states', () => {
    expect(findAsOf('更新时间：2023-05-06')).toBe('2023-05-06');
    expect(findAsOf('发布日期：2022年8月15日　来源：本站')).toBe('2022-08-15');
    expect(findAsOf('（信息截至2023年5月）')).toBe('2023-05');
    expect(findAsOf('2019年3月,获得荣誉')).toBeNull();
  });
});

describe('unitWithHead', () => {
  it('reads a unit name, a gap, then its head', () => {
    expect(unitWithHead('翔凤司法所　所长：田茂林')).toEqual({
      unit: '翔凤司法所',
      people: [{ title: '所长', name: '田茂林' }],
    });
  });

  it('is null for a plain leader line and for a unit with its duty', () => {
    expect(unitWithHead('副局长：张小燕')).toBeNull();
    expect(unitWithHead('办公室　负责机关日常运转。')).toBeNull();
  });
});

describe('a title before several names', () => {
  it('gives each name the title', () => {
    expect(parsePeople('副院长　裴雪、傅家明')).toEqual([
      { title: '副院长', name: '裴雪' },
      { title: '副院长', name: '傅家明' },
    ]);
  });
});
