// electron-builder.yml, checked without building (the Electron download is impossible here):
// valid against electron-builder's own JSON schema, and the installers issue 11 asks for.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-files.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
type Target = { target: string; arch: string[] };
type Platform = { target: Target[]; icon: string };
/** The parts of the configuration the checks below read. */
interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  fileAssociations: { ext: string }[];
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  portable: Record<string, unknown>;
  win: Platform;
  mac: Platform;
  linux: Platform;
}
const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  homepage: string;
  author: unknown;
  desktopName: string;
};

const targets = (platform: 'win' | 'mac' | 'linux'): Record<string, string[]> =>
  Object.fromEntries(config[platform].target.map((t) => [t.target, [...t.arch].sort()]));

describe('electron-builder.yml', () => {
  // Compiling the schema takes seconds: once for both checks.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it("is valid against electron-builder's own schema", () => {
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('the schema check catches a misspelt option (so the check above can fail)', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).toBe(false);
  });

  it('builds an NSIS per-user installer and a portable build for Windows', () => {
    expect(targets('win')).toEqual({ nsis: ['x64'], portable: ['x64'] });
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    // Both are .exe files: their names must differ.
    expect(config.nsis.artifactName).not.toBe(config.portable.artifactName);
  });

  it('builds dmg and zip for macOS and AppImage and deb for Linux, each for x64 and arm64', () => {
    expect(targets('mac')).toEqual({ dmg: ['arm64', 'x64'], zip: ['arm64', 'x64'] });
    expect(targets('linux')).toEqual({ AppImage: ['arm64', 'x64'], deb: ['arm64', 'x64'] });
  });

  it('names the app and associates .orgatlas data packages', () => {
    expect(config.appId).toBe('org.orgatlas.app');
    expect(config.productName).toBe('机构职能图谱 OrgAtlas');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'orgatlas' })]);
  });

  it('has an icon for every platform, made from build/icon.svg', () => {
    expect(config.win.icon).toBe('build/icon.ico');
    expect(config.mac.icon).toBe('build/icon.icns');
    expect(config.linux.icon).toBe('build/icons');
    const ico = readFileSync(path.join(repoRoot, 'build', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = readFileSync(path.join(repoRoot, 'build', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(existsSync(path.join(repoRoot, 'build', 'icons', `${size}x${size}.png`)), `${size}`).toBe(true);
    expect(existsSync(path.join(repoRoot, 'build', 'icon.svg'))).toBe(true);
  });

  it('ships data/ as resources, unpacks native modules and drops better-sqlite3 sources and other prebuilds', () => {
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'data', to: 'data' })]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    expect(config.files).toEqual(
      expect.arrayContaining([
        'out/**',
        'package.json',
        '!node_modules/better-sqlite3/{deps,src}/**',
        '!node_modules/better-sqlite3/prebuilds/**',
        'node_modules/better-sqlite3/prebuilds/${platform}-${arch}.node',
      ]),
    );
    // pdfjs-dist's optional canvas (35 MB) is not needed to read text (tests/unit/documents/pdf-without-canvas.test.ts).
    expect(config.files).toContain('!node_modules/@napi-rs/canvas*/**');
    // The re-inclusion must follow the exclusion it overrides.
    expect(config.files.indexOf('node_modules/better-sqlite3/prebuilds/${platform}-${arch}.node')).toBeGreaterThan(
      config.files.indexOf('!node_modules/better-sqlite3/prebuilds/**'),
    );
    // The prebuild name the pattern expands to exists for every target (platform-arch).
    for (const name of ['win32-x64', 'darwin-x64', 'darwin-arm64', 'linux-x64', 'linux-arm64']) {
      expect(existsSync(path.join(repoRoot, 'node_modules', 'better-sqlite3', 'prebuilds', `${name}.node`)), name).toBe(
        true,
      );
    }
  });

  it('sets the fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('package.json has what the deb and the Windows installers need', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author).toMatchObject({
      name: expect.any(String),
      email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/),
    });
    expect(pkg.desktopName).toBe(`${config.executableName}.desktop`);
  });
});
