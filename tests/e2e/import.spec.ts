// The offline update cycle in the browser host, each test on a host and database of its own
// (the shared e2e database stays as the other specs expect it): import a page whose reading
// needs one correction, correct it, apply, find the unit; import a newer version and see the
// diff; roll back; a Word 97-2003 .doc and a saved government page preview their units; a
// signed package into an empty database; an altered package is refused and an unsigned one asks first.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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
  // 国际友好城市交流合作 has no number and no unit suffix: it was read as a duty of the unit above.
  await expect(source.locator('[data-line="12"]')).toHaveAttribute('data-role', 'unit-duty');

  await source.locator('[data-line="12"]').click();
  await page.getByTestId('role-select').selectOption('unit-heading');
  await expect(tree.getByTestId('tree-unit')).toHaveText(['办公室', '护照签证科', '国际友好城市交流合作', '领事科']);
  await expect(source.locator('[data-line="12"]')).toHaveAttribute('data-role', 'unit-heading');
  await expect(page.getByTestId('corrections').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('diff-summary')).toHaveText('首次收录：4 个处室，7 项职责');
  // Hovering a unit lights its lines in the source.
  await tree.getByTestId('tree-unit').filter({ hasText: '国际友好城市交流合作' }).hover();
  await expect(source.locator('[data-line="13"]')).toHaveClass(/lit/);
  await page.screenshot({ path: join(shots, 'import-preview.png'), fullPage: true });

  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-done')).toContainText('临川市人民政府外事办公室');
  await gotoApp('/');
  await search(page, '国际友好城市交流合作');
  await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-unit', '国际友好城市交流合作');

  // The newer page: 护照签证科 became 护照签证处, 新闻科 is new; the correction still applies.
  await gotoApp('/import');
  await page.getByTestId('import-file').setInputFiles(fixture('import-linchuan-2024.txt'));
  await expect(page.getByTestId('diff-summary')).toHaveText('新增 1 个处室，更名 1 个');
  await expect(page.locator('.diff-items')).toContainText('护照签证科 → 护照签证处');
  await expect(tree.getByTestId('tree-unit')).toContainText(['国际友好城市交流合作']);
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-done').getByRole('link', { name: '版本历史' }).click();

  const rows = page.getByTestId('version-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('新增 1 个处室，更名 1 个');
  await expect(rows.nth(1)).toContainText('首次收录：4 个处室，7 项职责');
  await expect(rows.first()).toContainText('原文未注明日期');
  await expect(page.getByTestId('diff-summary')).toHaveText('新增 1 个处室，更名 1 个');
  await page.screenshot({ path: join(shots, 'history.png'), fullPage: true });

  page.once('dialog', (dialog) => void dialog.accept());
  await rows.nth(1).getByTestId('rollback').click();
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('恢复为第 1 版：撤销 1 个处室，更名 1 个');
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

  await gotoApp('/import');
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
    await expect(page.getByTestId('import-error')).toContainText('altered.orgatlas: refused, the package is altered');
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
});
