// Saved web pages -> lines: the content found among the site's furniture, charsets declared
// or detected (GBK, Big5, a UTF-8 page still declaring gb2312), tables, lists and <br>.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/node/documents/extract.ts';
import { OFFICE_TEXT, officeHtml } from './office.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const lines = async (bytes: Uint8Array) => (await extractDocument(bytes)).lines;
const page = (body: string, head = '<meta charset="utf-8">') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('the content of a saved page', () => {
  it('is the office text alone: navigation, breadcrumb, sidebar, meta line, share and print bars, footer, scripts and styles are left out', async () => {
    expect(await lines(utf8(officeHtml()))).toEqual(OFFICE_TEXT.split('\n'));
  });

  it('is found in an old page laid out with nested tables, lines broken with <br>', async () => {
    const html = page(`
      <table width="980"><tr><td colspan="2"><a href="/">首页</a> | <a href="/a">机构设置</a> | <a href="/b">政策法规</a> | <a href="/c">办事指南</a></td></tr>
      <tr><td width="200"><table><tr><td><a href="#">局领导</a></td></tr><tr><td><a href="#">内设科室</a></td></tr><tr><td><a href="#">下属单位</a></td></tr></table></td>
      <td><table><tr><td class="title">白沙镇财政所</td></tr>
      <tr><td>主要职责<br>一、负责全镇财政收支管理，编制镇级财政预算草案并组织执行。<br>二、负责管理镇级国有资产和村级财务，监督财政资金使用。<br>三、承担惠农补贴资金的发放和监督工作。</td></tr></table></td></tr>
      <tr><td colspan="2">版权所有 白沙镇人民政府 技术支持：某某网络公司</td></tr></table>`);
    expect(await lines(utf8(html))).toEqual([
      '白沙镇财政所',
      '主要职责',
      '一、负责全镇财政收支管理，编制镇级财政预算草案并组织执行。',
      '二、负责管理镇级国有资产和村级财务，监督财政资金使用。',
      '三、承担惠农补贴资金的发放和监督工作。',
    ]);
  });

  it('starts with the page title when the content has no heading of its own (the office is often named only there)', async () => {
    const html = page(
      '<div class="con"><p>主要职责：负责全镇农业技术推广和农业综合服务工作。</p></div>',
      '<meta charset="utf-8"><title>机构职能_白沙镇农业综合服务中心</title>',
    );
    expect(await lines(utf8(html))).toEqual([
      '机构职能_白沙镇农业综合服务中心',
      '主要职责：负责全镇农业技术推广和农业综合服务工作。',
    ]);
  });

  it('keeps a <header> that holds the page title, and drops the site header of links', async () => {
    const html = page(`<header><a href="/">首页</a> <a href="/zw">政务公开</a> <a href="/fw">政务服务</a></header>
      <div class="main"><header><h1>某某县退役军人事务局</h1></header>
      <div class="text"><p>主要职责：负责全县退役军人思想政治、管理保障和安置优抚等工作。</p></div></div>
      <footer>版权所有：某某县人民政府</footer>`);
    expect(await lines(utf8(html))).toEqual([
      '某某县退役军人事务局',
      '主要职责：负责全县退役军人思想政治、管理保障和安置优抚等工作。',
    ]);
  });

  it('prefers the article title a government site declares (<meta name="ArticleTitle">) to the <title> with the site\'s name', async () => {
    const head =
      '<meta charset="utf-8"><meta name="SiteName" content="某某市人民政府"><meta name="ArticleTitle" content="某某市文化广电旅游局"><title>某某市文化广电旅游局_机构职能_某某市人民政府门户网站</title>';
    const html = page('<div class="con"><p>主要职责：负责全市文化、广播电视和旅游工作的统筹规划。</p></div>', head);
    expect(await lines(utf8(html))).toEqual([
      '某某市文化广电旅游局',
      '主要职责：负责全市文化、广播电视和旅游工作的统筹规划。',
    ]);
  });
});

describe('the page heading', () => {
  it('goes first when the content opens with a sentence naming the office, and section h2s do not count as its title', async () => {
    const html = page(`<article><header><h1>某某县林业局</h1></header>
      <div class="text"><p>某某县林业局是县政府工作部门，负责全县林业和草原的监督管理。</p>
      <h2>主要职责</h2><p>负责全县森林资源保护和造林绿化的组织实施工作。</p></div></article>`);
    expect(await lines(utf8(html))).toEqual([
      '某某县林业局',
      '某某县林业局是县政府工作部门，负责全县林业和草原的监督管理。',
      '主要职责',
      '负责全县森林资源保护和造林绿化的组织实施工作。',
    ]);
  });

  it('is not the title of a sidebar box of links; the declared article title is used instead', async () => {
    const html = page(
      `<div class="l"><h3>部门概况</h3><ul><li><a href="#">部门职责</a></li><li><a href="#">领导分工</a></li><li><a href="#">联系方式</a></li></ul></div>
      <div class="r"><div class="body"><p>　　负责全县林业有害生物防治和森林防火的组织协调工作。</p><p>　　负责全县古树名木保护管理工作。</p></div></div>`,
      '<meta charset="utf-8"><meta name="ArticleTitle" content="某某县林业局"><title>某某县林业局_部门概况</title>',
    );
    expect((await lines(utf8(html)))[0]).toBe('某某县林业局');
  });
});

describe('charsets', () => {
  it('a GBK page with a stray invalid byte is read, the byte replaced and noted', async () => {
    const gbk = iconv.encode(officeHtml('gbk'), 'gbk');
    const at = gbk.indexOf(iconv.encode('机构职能', 'gbk'), 500);
    const damaged = Uint8Array.from([...gbk.subarray(0, at), 0xff, ...gbk.subarray(at)]);
    const result = await extractDocument(damaged);
    expect(result.note).toBe('1 invalid gb18030 byte sequence was replaced with U+FFFD');
    expect(result.lines).toContain('主要职责');
    expect(result.lines).toContain(OFFICE_TEXT.split('\n')[4]);
  });

  it('reads a GBK page by its <meta charset=gb2312>', async () => {
    const result = await extractDocument(iconv.encode(officeHtml('gb2312'), 'gbk'));
    expect(result).toMatchObject({ format: 'html', encoding: 'html:gb18030' });
    expect(result.lines).toEqual(OFFICE_TEXT.split('\n'));
  });

  it('reads a GBK page with an http-equiv content type', async () => {
    const html = officeHtml().replace(
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Type" content="text/html; charset=GBK">',
    );
    expect(await lines(iconv.encode(html, 'gbk'))).toEqual(OFFICE_TEXT.split('\n'));
  });

  it('detects GBK when the page declares no charset', async () => {
    const html = officeHtml().replace('<meta charset="utf-8">', '');
    expect(await lines(iconv.encode(html, 'gbk'))).toEqual(OFFICE_TEXT.split('\n'));
  });

  it('reads a Big5 page in traditional script by its declared charset', async () => {
    const html = page(
      '<div><h1>臺北市政府民政局</h1><p>本局掌理全市民政業務，負責宗教禮俗、殯葬管理及區政督導等事項。</p></div>',
      '<meta charset="big5">',
    );
    expect(await lines(iconv.encode(html, 'big5'))).toEqual([
      '臺北市政府民政局',
      '本局掌理全市民政業務，負責宗教禮俗、殯葬管理及區政督導等事項。',
    ]);
  });

  it('a page a browser saved as UTF-8 is UTF-8 even where it still declares gb2312', async () => {
    expect(await lines(utf8(officeHtml('gb2312')))).toEqual(OFFICE_TEXT.split('\n'));
  });
});

describe('tables and lists', () => {
  it('a units table becomes `名称：职责` rows; the heading row and a 序号 column become nothing and labels', async () => {
    const html = page(`<div class="content"><p>内设机构</p><table>
      <tr><td>序号</td><td>科室</td><td>职责</td></tr>
      <tr><td>1</td><td>办公室</td><td>负责机关日常运转，承担文电、会务工作。</td></tr>
      <tr><td>2</td><td>执法监督股</td><td><p>负责行政执法监督工作。</p><p>承担行政复议和应诉工作。</p></td></tr></table></div>`);
    expect(await lines(utf8(html))).toEqual([
      '内设机构',
      '1、办公室：负责机关日常运转，承担文电、会务工作。',
      '2、执法监督股：负责行政执法监督工作。',
      '承担行政复议和应诉工作。',
    ]);
  });

  it('a grid of unit names, three to a row, becomes one name a line (a row is not a name and its text); a row of label/value pairs, one pair a line', async () => {
    const html = page(`<div class="content"><p>局机关设下列股室：</p><table>
      <tr><td>办公室</td><td>政策法规股</td><td>行政审批股</td></tr>
      <tr><td>财务审计股</td><td>安全监督股</td><td></td></tr></table>
      <table><tr><td>电话</td><td>0791-1234567</td><td>传真</td><td>0791-1234568</td></tr></table></div>`);
    expect(await lines(utf8(html))).toEqual([
      '局机关设下列股室：',
      '办公室',
      '政策法规股',
      '行政审批股',
      '财务审计股',
      '安全监督股',
      '电话：0791-1234567',
      '传真：0791-1234568',
    ]);
  });

  it('a leaders table becomes `职务：姓名` lines, with their portfolio after', async () => {
    const html = page(`<div><p>领导信息</p><table><thead><tr><th>姓名</th><th>职务</th><th>分工</th></tr></thead>
      <tbody><tr><td>周明远</td><td>局长</td><td>主持局全面工作。</td></tr><tr><td>吴晓岚</td><td>副局长</td><td>负责财务、审计工作。</td></tr></tbody></table>
      <p>以上信息由本局办公室负责维护，如有变动以最新公布为准。</p></div>`);
    expect(await lines(utf8(html))).toEqual([
      '领导信息',
      '局长：周明远',
      '主持局全面工作。',
      '副局长：吴晓岚',
      '负责财务、审计工作。',
      '以上信息由本局办公室负责维护，如有变动以最新公布为准。',
    ]);
  });

  it('numbered lists keep their order and get the numbers the browser draws', async () => {
    const html = page(`<div><p>主要职责：</p>
      <ol start="11" style="list-style-type:cjk-ideographic"><li>负责全县审计工作的统筹协调。</li><li>完成县委交办的其他任务。</li></ol>
      <ol><li>第一项具体工作要求的说明文字。</li><li>第二项具体工作要求的说明文字。</li></ol>
      <ul><li>不编号的一项说明文字内容。</li></ul></div>`);
    expect(await lines(utf8(html))).toEqual([
      '主要职责：',
      '十一、负责全县审计工作的统筹协调。',
      '十二、完成县委交办的其他任务。',
      '1.第一项具体工作要求的说明文字。',
      '2.第二项具体工作要求的说明文字。',
      '不编号的一项说明文字内容。',
    ]);
  });
});

describe('a site footer that is not marked as one', () => {
  it('is left out line by line: who runs the site, its ICP and public-security numbers, its site code (a duty that starts 承办 stays)', async () => {
    const html = page(`<div class="zw"><p>　　某某县档案馆是县委直属事业单位，负责全县档案事业的统筹规划和组织协调。</p>
      <p>　　负责收集、整理和保管县级各部门的档案资料。</p><p>承办县委、县政府交办的其他事项。</p></div>
      <div class="di"><p>主办单位：某某县人民政府办公室　承办单位：某某县大数据中心</p><p>某ICP备05001234号-1　某公网安备 36000002000123号</p>
      <p>网站标识码：3600000099</p><p>版权所有：某某县档案馆</p></div>`);
    expect(await lines(utf8(html))).toEqual([
      '某某县档案馆是县委直属事业单位，负责全县档案事业的统筹规划和组织协调。',
      '负责收集、整理和保管县级各部门的档案资料。',
      '承办县委、县政府交办的其他事项。',
    ]);
  });
});

describe('definition lists', () => {
  it('a <dl> of units becomes `名称：职责` lines, a second <dd> its own line', async () => {
    const html = page(`<div><p>内设机构</p><dl>
      <dt>办公室</dt><dd>负责机关日常运转和综合协调工作。</dd>
      <dt>营林股</dt><dd>负责造林绿化工作。</dd><dd>承担林木种苗管理工作。</dd></dl></div>`);
    expect(await lines(utf8(html))).toEqual([
      '内设机构',
      '办公室：负责机关日常运转和综合协调工作。',
      '营林股：负责造林绿化工作。',
      '承担林木种苗管理工作。',
    ]);
  });
});

describe('button bars, breadcrumbs, article facts, attachments, phone prompts, related links and previous/next links inside the content', () => {
  it('are left out in their usual spellings', async () => {
    const html = page(`<div><p>某某县审计局负责全县审计监督工作，依法独立行使审计监督权。</p>
      <p>[ 打印本页 ] [ 关闭窗口 ]</p><p>【字体：大 中 小】</p><p>分享到： | 收藏</p><p>您现在的位置：首页 > 机构概况</p>
      <p>首页 &gt; 机构概况 &gt; 内设机构</p><p>发布日期：2024-07-02　信息来源：县审计局　浏览次数：215</p>
      <p>上一篇：县审计局领导信息</p><p>附件：县审计局机构职能.pdf</p><p>扫一扫在手机打开当前页</p>
      <h3>相关链接</h3><ul><li><a href="#">县审计局领导信息</a></li><li><a href="#">县审计局2024年部门预算</a></li></ul>
      <div>相关文章：<a href="#">关于开展审计宣传月活动的通知</a> <a href="#">县审计局召开全体干部大会</a></div></div>`);
    expect(await lines(utf8(html))).toEqual(['某某县审计局负责全县审计监督工作，依法独立行使审计监督权。']);
  });
});

describe('what is not a page of office content', () => {
  it('a page of links and chrome only is refused in one sentence', async () => {
    const html = page(
      '<div class="nav"><a href="/">首页</a><a href="/x">新闻</a></div><div><a href="/1">关于开展春季植树活动的通知</a></div><div class="footer">版权所有 某某市人民政府</div>',
    );
    await expect(extractDocument(utf8(html))).rejects.toThrow(/^is a web page with no office content in it/);
  });

  it('a page whose content is in a frame not saved with it is refused in one sentence saying so', async () => {
    const html = page(
      '<div class="nav"><a href="/">首页</a><a href="/x">机构设置</a></div><iframe src="/jgsz/content.html" width="100%" height="800"></iframe><div class="footer">版权所有 某某县人民政府</div>',
    );
    await expect(extractDocument(utf8(html))).rejects.toThrow(
      /^is a web page whose content is in a frame that was not saved with it/,
    );
  });

  it('a text file that starts with markup is read as the page it is', async () => {
    const result = await extractDocument(
      utf8('<div><h2>某某县统计局</h2><p>负责全县统计调查和统计信息发布工作。</p></div>'),
    );
    expect(result).toMatchObject({ format: 'html', lines: ['某某县统计局', '负责全县统计调查和统计信息发布工作。'] });
  });

  it('plain text that mentions a tag stays text', async () => {
    const result = await extractDocument(utf8('某某县统计局\n页面上的 <p> 标记只是文字。'));
    expect(result).toMatchObject({ format: 'text', lines: ['某某县统计局', '页面上的 <p> 标记只是文字。'] });
  });
});

describe('a page saved as a web archive (.mht)', () => {
  const archive = (html: Uint8Array, encoding: 'quoted-printable' | 'base64', charset: string) => {
    const body =
      encoding === 'base64'
        ? Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n')
        : Array.from(html, (b) =>
            b >= 0x21 && b <= 0x7e && b !== 0x3d
              ? String.fromCharCode(b)
              : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
          )
            .join('')
            .replace(/.{70}/g, '$&=\r\n');
    return new TextEncoder().encode(
      'From: <Saved by Blink>\r\nSnapshot-Content-Location: http://example.gov.cn/jgzn/\r\nSubject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc----"\r\n\r\n' +
        `------MultipartBoundary--abc----\r\nContent-Type: text/html; charset="${charset}"\r\nContent-Transfer-Encoding: ${encoding}\r\nContent-Location: http://example.gov.cn/jgzn/\r\n\r\n${body}\r\n` +
        '------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc------\r\n',
    );
  };

  it('is read as the page inside it, quoted-printable UTF-8 or base64 GBK', async () => {
    for (const file of [
      archive(utf8(officeHtml()), 'quoted-printable', 'utf-8'),
      archive(iconv.encode(officeHtml('gbk'), 'gbk'), 'base64', 'gbk'),
    ]) {
      const result = await extractDocument(file);
      expect(result.format).toBe('html');
      expect(result.lines).toEqual(OFFICE_TEXT.split('\n'));
    }
  });
});

describe('an office site of its own', () => {
  it('puts the office the page title names first when the content is headed only by its section', async () => {
    const html = page(
      `<div class="main"><h2>内设机构</h2><p>本馆设办公室、典藏部、阅览部和技术部。</p></div>`,
      '<meta charset="utf-8"><title>内设机构-东湖县图书馆</title>',
    );
    expect(await lines(utf8(html))).toEqual(['东湖县图书馆', '内设机构', '本馆设办公室、典藏部、阅览部和技术部。']);
  });

  it('reads every card of a run of same-class cards, not just the longest', async () => {
    const html = page(
      `<h1>东湖县档案馆领导</h1>
      <div class="card"><img src="a.jpg"><div class="t"><p>马永</p><p>馆长</p><p>主持全面工作，分管办公室。</p></div></div>
      <div class="card"><img src="b.jpg"><div class="t"><p>陆青</p><p>副馆长</p><p>负责档案接收、征集和利用工作。</p></div></div>`,
    );
    expect(await lines(utf8(html))).toEqual([
      '东湖县档案馆领导',
      '马永',
      '馆长',
      '主持全面工作，分管办公室。',
      '陆青',
      '副馆长',
      '负责档案接收、征集和利用工作。',
    ]);
  });

  it("keeps a fact box beside the article, and takes the footer's address when the footer names the titled office", async () => {
    const html = page(
      `<div class="facts"><table><tr><td>负责人</td><td>马永</td></tr><tr><td>办公地址</td><td>东湖县文昌路3号</td></tr><tr><td>办公电话</td><td>0716-1234567</td></tr></table></div>
      <div class="art"><p>东湖县档案馆是县委直属的公益一类事业单位，负责全县档案的收集、保管和利用工作。</p></div>
      <div class="footer">东湖县档案馆　版权所有</div>`,
      '<meta charset="utf-8"><title>东湖县档案馆_机构概况</title>',
    );
    const got = await lines(utf8(html));
    expect(got.slice(1)).toEqual([
      '负责人：马永',
      '办公地址：东湖县文昌路3号',
      '办公电话：0716-1234567',
      '东湖县档案馆是县委直属的公益一类事业单位，负责全县档案的收集、保管和利用工作。',
    ]);
    const footerOnly = page(
      `<div class="art"><p>东湖县档案馆是县委直属的公益一类事业单位，负责全县档案的收集、保管和利用工作。</p></div>
      <div class="footer">东湖县档案馆　地址：东湖县文昌路3号</div>`,
      '<meta charset="utf-8"><title>东湖县档案馆_机构概况</title>',
    );
    expect((await lines(utf8(footerOnly))).at(-1)).toBe('地址：东湖县文昌路3号');
    // A portal's footer (it names the portal's host, not the office) gives no address.
    const portal = footerOnly.replace('东湖县档案馆　地址', '东湖县人民政府办公室主办　地址');
    expect((await lines(utf8(portal))).some((l) => l.includes('文昌路'))).toBe(false);
  });
});
