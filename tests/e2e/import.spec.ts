// The offline update cycle in the browser host, each test on a host and database of its own
// (the shared e2e database stays as the other specs expect it): import a page whose reading
// needs one correction, correct it, apply, find the unit; import a newer version and see the
// diff; roll back; a Word 97-2003 .doc and a saved government page preview their units; a
// signed package into an empty database; an altered package is refused and an unsigned one asks
// first; a package exported from the app's own screen, signed with its key, imported into an empty
// database that trusts that key through its trusted-keys screen.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { renderPdf, renderScannedPdf } from '../helpers/render-pdf.ts';
import { expect, search, test as base } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'tests', 'e2e', 'fixtures', name);
const seedFile = join(root, 'data', '000_8d796a1540accf81.txt');
const shots = join(root, 'test-results', 'screenshots');

function cli(args: string[]): string {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'orgatlas.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`orgatlas ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

interface OwnHost {
  dir: string;
  db: string;
}

/** A browser host of this test's own on `db` (built from data/ when it does not exist). */
async function startHost(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--port', '0'], {
    cwd: root,
    env: { ...process.env, ORGATLAS_DB: db },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /OrgAtlas web: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code})`)));
  });
  return { url, child };
}

const test = base.extend<{ own: OwnHost; emptyDatabase: boolean }>({
  emptyDatabase: [false, { option: true }],

  own: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'orgatlas-e2e-import-'));
    await use({ dir, db: join(dir, 'own.db') });
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ own, emptyDatabase }, use) => {
    if (emptyDatabase) {
      // An empty OrgAtlas database: trusting a key creates it and adds nothing else.
      const key = cli(['keygen', '--out', join(own.dir, 'throwaway.key')]).trim();
      cli(['trust', 'add', key, '--db', own.db]);
      cli(['trust', 'remove', key, '--db', own.db]);
    }
    const { url, child } = await startHost(own.db);
    await use(url);
    child.kill('SIGTERM');
    await once(child, 'exit');
  },
});

test.skip(({ electronApp }) => electronApp !== null, 'the browser host run covers the import cycle');

test('import with one correction, a newer version with its diff, history and rollback', async ({ page, gotoApp }) => {
  await gotoApp('/import');
  await page.getByTestId('import-file').setInputFiles(fixture('import-linchuan.txt'));
  const source = page.getByTestId('import-source');
  const tree = page.getByTestId('import-tree');
  await expect(tree.getByTestId('tree-unit')).toHaveText(['办公室', '护照签证科', '领事科']);
  // 国际友好城市与民间交流合作 has no number and no unit suffix: it was read as a duty of the unit above.
  await expect(source.locator('[data-line="12"]')).toHaveAttribute('data-role', 'unit-duty');

  await source.locator('[data-line="12"]').click();
  await page.getByTestId('role-select').selectOption('unit-heading');
  await expect(tree.getByTestId('tree-unit')).toHaveText([
    '办公室',
    '护照签证科',
    '国际友好城市与民间交流合作',
    '领事科',
  ]);
  await expect(source.locator('[data-line="12"]')).toHaveAttribute('data-role', 'unit-heading');
  await expect(page.getByTestId('corrections').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('diff-summary')).toHaveText('首次收录：4 个处室，7 项职责');
  // Hovering a unit lights its lines in the source.
  await tree.getByTestId('tree-unit').filter({ hasText: '国际友好城市与民间交流合作' }).hover();
  await expect(source.locator('[data-line="13"]')).toHaveClass(/lit/);
  await page.screenshot({ path: join(shots, 'import-preview.png'), fullPage: true });

  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-done')).toContainText('临川市人民政府外事办公室');
  await gotoApp('/');
  await search(page, '国际友好城市与民间交流合作');
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '国际友好城市与民间交流合作');
  // Its provenance says the heading's reading was corrected, and how.
  await page.getByTestId('search-hit').first().click();
  await page.getByRole('button', { name: /第 12 行$/ }).click();
  await expect(page.getByTestId('source-corrected')).toHaveText('已更正：此行按「处室名称」读取（导入时由用户更正）');
  await page.screenshot({ path: join(shots, 'provenance-corrected.png') });

  // The newer page: 护照签证科 became 护照签证处, 新闻科 is new; the correction still applies.
  await gotoApp('/import');
  await page.getByTestId('import-file').setInputFiles(fixture('import-linchuan-2024.txt'));
  await expect(page.getByTestId('diff-summary')).toHaveText('新增 1 个处室，更名 1 个处室');
  await expect(page.locator('.diff-items')).toContainText('护照签证科 → 护照签证处');
  await expect(tree.getByTestId('tree-unit')).toContainText(['国际友好城市与民间交流合作']);
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-done').getByRole('link', { name: '版本历史' }).click();

  const rows = page.getByTestId('version-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('新增 1 个处室，更名 1 个处室');
  await expect(rows.nth(1)).toContainText('首次收录：4 个处室，7 项职责');
  await expect(rows.first()).toContainText('原文未注明日期');
  await expect(page.getByTestId('diff-summary')).toHaveText('新增 1 个处室，更名 1 个处室');
  await page.screenshot({ path: join(shots, 'history.png'), fullPage: true });

  page.once('dialog', (dialog) => void dialog.accept());
  await rows.nth(1).getByTestId('rollback').click();
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('恢复为第 1 版：撤销 1 个处室，更名 1 个处室');
  // The same summaries in the English UI: worded from their counts, no Chinese line left.
  await page.getByTestId('language-switch').click();
  await expect(rows.first()).toContainText('Restored version 1: 1 unit removed, 1 unit renamed');
  await expect(rows.nth(1)).toContainText('1 unit added, 1 unit renamed');
  await expect(rows.nth(2)).toContainText('First recorded: 4 units, 7 duties');
  await expect(page.getByTestId('diff-summary')).toHaveText('1 unit removed, 1 unit renamed');
  await page.screenshot({ path: join(shots, 'history-en.png'), fullPage: true });
  await page.getByTestId('language-switch').click();
  await gotoApp('/');
  await search(page, '护照签证科');
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '护照签证科');
});

test('a Word 97-2003 .doc and a saved government page preview their units, read by content', async ({
  page,
  gotoApp,
}) => {
  const tree = page.getByTestId('import-tree');
  await gotoApp('/import');
  await page.getByTestId('import-file').setInputFiles(join(root, 'tests', 'fixtures', 'word97', 'songling-sifa.doc'));
  await expect(tree.getByTestId('tree-unit')).toHaveText(['办公室', '法治督察股', '公共法律服务股', '社区矫正股']);
  await expect(page.getByTestId('import-source')).toContainText('办公室：负责机关文电、会务、机要和档案工作。');
  await page.screenshot({ path: join(shots, 'import-doc.png'), fullPage: true });

  // Cancelling leaves the preview for the next file.
  await page.getByTestId('import-cancel').click();
  await page.getByTestId('import-file').setInputFiles(join(root, 'tests', 'fixtures', 'pages', 'xxgk-article.html'));
  await expect(tree.getByTestId('tree-unit')).toHaveText([
    '办公室',
    '登记注册股',
    '食品安全协调股',
    '特种设备安全监察股',
    '知识产权股',
  ]);
  // The page's metadata box and footer are not in the source the user sees.
  await expect(page.getByTestId('import-source')).not.toContainText('索引号');
  await expect(page.getByTestId('import-source')).not.toContainText('网站标识码');
});

test('a renamed office continues its history: the preview says which office it replaces', async ({
  page,
  gotoApp,
  own,
}) => {
  await gotoApp('/import');
  await page.getByTestId('import-file').setInputFiles(fixture('import-linchuan.txt'));
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-done')).toContainText('临川市人民政府外事办公室');

  const lines = readFileSync(fixture('import-linchuan.txt'), 'utf8').split('\n');
  lines[0] = '临川市外事办公室';
  lines[1] = '临川市外事办公室是市政府工作部门，由原临川市人民政府外事办公室更名组建，负责全市外事工作。';
  const renamed = join(own.dir, 'renamed.txt');
  writeFileSync(renamed, lines.join('\n'));
  await page.getByTestId('import-file').setInputFiles(renamed);
  await expect(page.getByTestId('replace-office')).toHaveValue('临川市人民政府外事办公室');
  await expect(page.getByTestId('same-office-why')).toContainText('文件写明了原名称');
  await expect(page.getByTestId('diff-summary')).toHaveText('机构名称改为“临川市外事办公室”');
  await page.screenshot({ path: join(shots, 'import-renamed.png') });
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-done').getByRole('link', { name: '版本历史' }).click();
  await expect(page.getByTestId('version-row')).toHaveCount(2);
  await expect(page.getByTestId('version-row').first()).toContainText('机构名称改为“临川市外事办公室”');
});

test.describe('data packages', () => {
  test.use({ emptyDatabase: true });

  test('a signed package lands in an empty database; an altered one is refused; an unsigned one asks first', async ({
    page,
    gotoApp,
    own,
  }) => {
    // Made with the command line from another database.
    const from = join(own.dir, 'from.db');
    cli(['import', seedFile, '--db', from]);
    const key = join(own.dir, 'ministry.key');
    const publicKey = cli(['keygen', '--out', key]).trim();
    const signed = join(own.dir, 'directory.orgatlas');
    cli(['pack', '--out', signed, '--sign', key, '--db', from]);
    const unsigned = join(own.dir, 'unsigned.orgatlas');
    cli(['pack', '--out', unsigned, '--db', from]);
    const files = unzipSync(readFileSync(signed));
    files['offices/001/structure.json'] = strToU8(
      strFromU8(files['offices/001/structure.json']!).replace('亚洲处', '非洲处'),
    );
    const altered = join(own.dir, 'altered.orgatlas');
    writeFileSync(altered, zipSync(files));

    await gotoApp('/import');
    await page.getByTestId('import-file').setInputFiles(altered);
    await expect(page.getByTestId('import-error')).toContainText(
      '无法导入：altered.orgatlas 已被改动（其内容与数据包的清单或签名不符），拒绝导入',
    );
    await expect(page.getByTestId('import-apply')).toHaveCount(0);

    await page.getByTestId('import-file').setInputFiles(unsigned);
    await expect(page.getByTestId('package-info')).toContainText('数据包没有签名');
    await expect(page.getByTestId('import-apply')).toBeDisabled();
    await page.getByTestId('import-cancel').click();

    await page.getByTestId('import-file').setInputFiles(signed);
    await expect(page.getByTestId('package-info')).toContainText(publicKey);
    await expect(page.getByTestId('package-info')).toContainText('未受信任的签名者');
    await expect(page.getByTestId('diff-summary')).toHaveText('首次收录：9 个处室，18 项职责');
    await page.getByTestId('confirm-unverified').check();
    await page.getByTestId('import-apply').click();
    await expect(page.getByTestId('import-done')).toContainText('江西省人民政府外事办公室');
    await gotoApp('/');
    await search(page, 'lsaq');
    await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '领事安全处');
  });

  test('a package exported and signed in one app imports without asking into an empty one that trusts its key', async ({
    page,
    gotoApp,
    own,
    browser,
  }) => {
    // The sender's database in a folder of its own: the signing key is kept beside it.
    mkdirSync(join(own.dir, 'sender'));
    const from = join(own.dir, 'sender', 'from.db');
    cli(['import', seedFile, '--db', from]);
    const source = await startHost(from);
    const sender = await browser.newPage({ acceptDownloads: true });
    try {
      await sender.goto(`${source.url}#/packages`);
      await sender.getByTestId('create-signing-key').click();
      const fingerprint = (await sender.getByTestId('signing-fingerprint').textContent())!;
      expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
      const publicKey = await sender.getByTestId('signing-key').getByRole('textbox').inputValue();
      expect(publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
      await expect(sender.getByTestId('export-package')).toBeDisabled();
      await sender.getByTestId('export-office').first().check();
      await sender.getByTestId('export-sign').check();
      await sender.screenshot({ path: join(shots, 'packages.png'), fullPage: true });
      const [download] = await Promise.all([
        sender.waitForEvent('download'),
        sender.getByTestId('export-package').click(),
      ]);
      const exported = join(own.dir, 'exported.orgatlas');
      await download.saveAs(exported);
      expect(download.suggestedFilename()).toMatch(/^OrgAtlas-江西省人民政府外事办公室-\d{4}-\d{2}-\d{2}\.orgatlas$/);
      await expect(sender.getByTestId('export-done')).toContainText('已签名');
      const verified = JSON.parse(cli(['verify', exported, '--json'])) as { intact: boolean; signer: string };
      expect(verified).toMatchObject({ intact: true, signer: publicKey });

      // The receiving app: an empty database, which learns to trust the sender's key.
      await gotoApp('/packages');
      await expect(page.getByTestId('no-trusted-keys')).toBeVisible();
      await expect(page.getByTestId('create-signing-key')).toBeVisible();
      await page.getByTestId('trust-key-input').fill('ed25519:not-a-key');
      await page.getByTestId('trust-add').click();
      await expect(page.getByTestId('trust-error')).toContainText('这不是 OrgAtlas 公钥：公钥以 ed25519: 开头');
      const keyFile = join(own.dir, '外事办.pub');
      writeFileSync(keyFile, `# the foreign affairs office's package key\n${publicKey}\n`);
      await page.getByTestId('trust-key-file').setInputFiles(keyFile);
      await expect(page.getByTestId('trust-key-input')).toHaveValue(publicKey);
      await expect(page.getByTestId('trust-label')).toHaveValue('外事办');
      await page.getByTestId('trust-add').click();
      await expect(page.getByTestId('trusted-key')).toHaveCount(1);
      await expect(page.getByTestId('trusted-key')).toContainText('外事办');
      await expect(page.getByTestId('trusted-key')).toContainText(fingerprint);
      await page.screenshot({ path: join(shots, 'trusted-keys.png'), fullPage: true });

      await gotoApp('/import');
      await page.getByTestId('import-file').setInputFiles(exported);
      await expect(page.getByTestId('package-info')).toContainText('（受信任）');
      await expect(page.getByTestId('confirm-unverified')).toHaveCount(0);
      await page.getByTestId('import-apply').click();
      await expect(page.getByTestId('import-done')).toContainText('江西省人民政府外事办公室');
      await gotoApp('/');
      await search(page, 'lsaq');
      await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '领事安全处');

      // Removing the key: the screen says no key is trusted again.
      await gotoApp('/packages');
      await page.getByTestId('untrust-key').click();
      await expect(page.getByTestId('no-trusted-keys')).toBeVisible();
    } finally {
      await sender.close();
      source.child.kill('SIGTERM');
      await once(source.child, 'exit');
    }
  });
});

test.describe('many files at once', () => {
  /** `count` small offices of their own, written as the text files an official would pick. */
  function officeFiles(dir: string, count: number): string[] {
    return Array.from({ length: count }, (_, i) => {
      const file = join(dir, `office-${String(i + 1).padStart(3, '0')}.txt`);
      const units = ['办公室', '政策法规科', '护照签证科', '领事科'].map(
        (name, j) => `（${'一二三四'[j]}）${name}\n负责第${i + 1}市${name}的日常工作。`,
      );
      writeFileSync(
        file,
        [`第${i + 1}测试市外事办公室`, '一、主要职责', '（一）负责本市外事工作。', '二、内设机构', ...units].join('\n'),
      );
      return file;
    });
  }
  const officeNames = (page: Page) =>
    page.evaluate(async () => {
      const answer = await fetch('/api/listOffices', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }).then((r) => r.json() as Promise<{ value: { name: string }[] }>);
      return answer.value.map((o) => o.name);
    });

  test('show file n of N while reading, and Cancel leaves the office list exactly as it was', async ({
    page,
    gotoApp,
    own,
  }) => {
    await gotoApp('/import');
    const before = await officeNames(page);
    expect(before).toEqual(['江西省人民政府外事办公室']);
    await page.getByTestId('import-file').setInputFiles(officeFiles(own.dir, 60));
    await expect(page.getByTestId('import-all')).toHaveText('全部导入（60 个文件，列表核对）');
    // In the page: note each progress line, and click the real Cancel once file 3 is being read.
    // (A string: the callback runs in the page, whose DOM types the tests' tsconfig does not include.)
    await page.evaluate(`(() => {
      const seen = (window.progressSeen = []);
      new MutationObserver(() => {
        const line = document.querySelector('[data-testid=batch-progress] p')?.textContent;
        if (line && seen[seen.length - 1] !== line) seen.push(line);
        if (/^正在(读取|识别)第 3 个文件/.test(line ?? ''))
          document.querySelector('[data-testid=batch-cancel]')?.click();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await page.getByTestId('import-all').click();
    await expect(page.getByTestId('batch-cancelled')).toHaveText('已取消导入：没有写入任何内容，数据库保持原样。');
    const seen = await page.evaluate<string[]>('window.progressSeen');
    // File n of N, both phases; it stopped within a file or so of the click, before writing.
    expect(seen).toContain('正在识别第 1 个文件（共 60 个）：office-001.txt');
    expect(seen).toContain('正在识别第 2 个文件（共 60 个）：office-002.txt');
    for (const line of seen) expect(line).toMatch(/^正在(读取|识别)第 [1-4] 个文件（共 60 个）：office-00[1-4]\.txt$/);
    expect(seen.some((line) => line.startsWith('正在写入'))).toBe(false);
    expect(await officeNames(page)).toEqual(before);
    // And after a reload, from the database itself.
    await gotoApp('/');
    await expect(page.getByRole('region', { name: '机构一览' }).getByRole('article')).toHaveCount(1);
  });

  /** The host's answer to a data call, from the page (the same origin). */
  const apiAnswer = (page: Page, method: string, args: object) =>
    page.evaluate(
      async ([method, args]) =>
        (await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(args),
        }).then((r) => r.json())) as unknown,
      [method, args] as const,
    );

  test('Cancel while a few hundred offices are being written rolls all of it back: the directory and search are as before', async ({
    page,
    gotoApp,
    own,
  }) => {
    await gotoApp('/import');
    const directoryBefore = await apiAnswer(page, 'listDirectory', {});
    const searchBefore = ((await apiAnswer(page, 'search', { query: '护照签证' })) as { value: { hits: unknown } })
      .value.hits;
    await page.getByTestId('import-file').setInputFiles(officeFiles(own.dir, 300));
    await page.getByTestId('import-all').click();
    await expect(page.getByTestId('batch-review').getByTestId('batch-row')).toHaveCount(300, { timeout: 120_000 });
    // In the page: note each line of the write, and click the real Cancel once some offices are written.
    await page.evaluate(`(() => {
      const seen = (window.writeSeen = []);
      new MutationObserver(() => {
        const progress = document.querySelector('[data-testid=batch-progress][data-phase=writing]');
        const line = progress?.querySelector('p')?.textContent;
        if (!line || seen[seen.length - 1] === line) return;
        seen.push(line);
        const bar = progress.querySelector('progress');
        window.barSeen = [bar.value, bar.max];
        if (/^正在写入：已写入 [1-9]/.test(line)) progress.querySelector('[data-testid=batch-cancel]').click();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await page.getByTestId('batch-apply').click();
    await expect(page.getByTestId('batch-cancelled')).toHaveText(
      '已在写入中途取消导入：已全部撤回，没有更改任何内容，数据库保持原样。',
      { timeout: 60_000 },
    );
    const seen = await page.evaluate<string[]>('window.writeSeen');
    const written = seen.filter((line) => /^正在写入：已写入 \d+ 个机构（共 300 个）…$/.test(line));
    expect(written.length).toBeGreaterThan(0);
    // Cancelled part way: never all 300 written.
    expect(seen).not.toContain('正在写入：已写入 300 个机构（共 300 个）…');
    expect(seen.some((line) => line.startsWith('300 个机构已全部写入'))).toBe(false);
    const [value, max] = await page.evaluate<[number, number]>('window.barSeen');
    expect(max).toBe(300);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(300);

    expect(await apiAnswer(page, 'listDirectory', {})).toEqual(directoryBefore);
    expect(
      ((await apiAnswer(page, 'search', { query: '护照签证' })) as { value: { hits: unknown } }).value.hits,
    ).toEqual(searchBefore);
    // And from the page, after a reload.
    await gotoApp('/');
    await expect(page.getByRole('region', { name: '机构一览' }).getByRole('article')).toHaveCount(1);
    await search(page, '第17市护照签证科');
    await expect(page.getByTestId('search-hit').filter({ hasText: '第17测试市' })).toHaveCount(0);
  });

  test('write every office in one step, leaving out an unreadable file with its reason', async ({
    page,
    gotoApp,
    own,
  }) => {
    await gotoApp('/import');
    const binary = join(own.dir, 'scan.pdf');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 9, 0]));
    await page.getByTestId('import-file').setInputFiles([...officeFiles(own.dir, 40), binary]);
    await page.getByTestId('import-all').click();
    await expect(page.getByTestId('batch-review').getByTestId('batch-row')).toHaveCount(41);
    await page.getByTestId('batch-apply').click();
    const done = page.getByTestId('batch-done');
    await expect(done).toContainText('已导入 40 个机构。');
    await expect(done).toContainText('1 个文件未导入：');
    await expect(page.getByTestId('batch-skipped')).toContainText('scan.pdf');
    await expect(done.getByRole('listitem').filter({ hasText: '第17测试市外事办公室' })).toContainText(
      '首次收录：4 个处室，5 项职责',
    );
    await page.screenshot({ path: join(shots, 'import-batch-done.png'), fullPage: true });
    const names = await officeNames(page);
    expect(names).toHaveLength(41);
    expect(names).toContain('第40测试市外事办公室');
    await gotoApp('/');
    await search(page, '第17市护照签证科');
    await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '护照签证科');
  });

  test('review each file before writing, leave one out, and every refusal worded in the UI language', async ({
    page,
    gotoApp,
    own,
  }) => {
    await gotoApp('/import');
    const bad = (name: string, bytes: Uint8Array | string) => {
      const file = join(own.dir, name);
      writeFileSync(file, bytes);
      return file;
    };
    const scanned = bad('scanned.pdf', await renderScannedPdf('某某市外事办公室\n主要职责\n负责全市外事工作。'));
    const locked = bad(
      'locked.pdf',
      await renderPdf('某某市外事办公室\n主要职责\n负责全市外事工作。', { password: 'pw' }),
    );
    const binary = bad('data.bin', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 9, 0, 7, 7]));
    const framed = bad(
      'framed.html',
      '<html><head><title>机构职能</title></head><body><iframe src="content.html"></iframe></body></html>',
    );
    // A Word file whose archive is cut off: its name is there, its contents are not.
    const damaged = bad(
      'damaged.docx',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('word/document.xml'), Buffer.alloc(64, 7)]),
    );
    const huge = bad('huge.txt', Buffer.alloc(17 * 1024 * 1024, 0x41));
    const [first, second, third] = officeFiles(own.dir, 3);
    await page
      .getByTestId('import-file')
      .setInputFiles([first!, scanned, locked, binary, second!, framed, damaged, third!, huge]);
    // Too large to send: refused in the page, in Chinese.
    await expect(page.getByTestId('import-error')).toHaveText('无法导入：huge.txt 超过 16 MiB，无法导入');
    await expect(page.getByTestId('import-all')).toHaveText('全部导入（8 个文件，列表核对）');
    await page.getByTestId('import-all').click();

    const review = page.getByTestId('batch-review');
    const rows = review.getByTestId('batch-row');
    await expect(rows).toHaveCount(8);
    await expect(review.getByTestId('batch-row-reason')).toHaveText([
      '该文件是没有文字层的 PDF（看来是扫描页）；请先做文字识别（OCR），或改用文本、Word 或网页版本',
      '该文件是加密（有密码保护）的 PDF；请另存一份未加密的副本再导入',
      '该文件看来是二进制数据（含有 NUL 字节），不是文本文件',
      '该文件是网页，但内容在保存时未一并保存的框架（frame）中；请单独打开该框架并保存那个页面',
      '该文件是已损坏的 Word 文件（.docx），无法读取其内容',
    ]);
    const row2 = rows.filter({ hasText: 'office-002.txt' });
    await expect(row2).toContainText('第2测试市外事办公室');
    await expect(row2).toContainText('新机构');
    await expect(row2).toContainText('首次收录：4 个处室，5 项职责');
    await expect(row2.getByRole('cell').nth(3)).toHaveText('4');
    await expect(page.getByTestId('batch-apply')).toHaveText('确认导入 3 个机构');
    // Leave office 2 out, by keyboard.
    await row2.getByTestId('batch-include').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('batch-apply')).toHaveText('确认导入 2 个机构');
    await page.screenshot({ path: join(shots, 'import-batch-review-zh.png'), fullPage: true });

    // The same review in English: no Chinese UI words, the reasons in English.
    await page.getByTestId('language-switch').click();
    await expect(review.getByTestId('batch-row-reason').nth(1)).toHaveText(
      'The file is a password-protected (encrypted) PDF; save an unprotected copy to import it',
    );
    await expect(page.getByTestId('batch-apply')).toHaveText('Import 2 offices');
    await expect(row2).toContainText('New office');
    await page.screenshot({ path: join(shots, 'import-batch-review-en.png'), fullPage: true });
    // Dark, and at 200% zoom: the table wraps within the window, nothing scrolls sideways.
    await page.emulateMedia({ colorScheme: 'dark' });
    for (let i = 0; i < 6; i++) await page.keyboard.press('Control+Equal');
    await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await page.screenshot({ path: join(shots, 'import-batch-review-en-dark-200.png'), fullPage: true });
    await page.keyboard.press('Control+0');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByTestId('batch-apply').click();
    const done = page.getByTestId('batch-done');
    await expect(done).toContainText('Imported 2 offices.');
    await expect(page.getByTestId('batch-left-out')).toHaveText('1 file left out as you chose: office-002.txt.');
    await expect(page.getByTestId('batch-skipped')).toContainText(
      'data.bin looks like binary data (it contains NUL bytes)',
    );
    expect((await officeNames(page)).sort()).toEqual(
      ['第1测试市外事办公室', '第3测试市外事办公室', '江西省人民政府外事办公室'].sort(),
    );

    // A lone file's preview error, in English too.
    await page.getByTestId('import-file').setInputFiles(scanned);
    await expect(page.getByTestId('import-error')).toHaveText(
      'Cannot import: scanned.pdf is a PDF with no text layer (it looks like scanned pages); run OCR on it first, or use the text, Word or web version',
    );
  });
});
