// `node scripts/icons.ts`: renders build/icon.svg, the one source image, in Chromium
// (playwright-core with Debian's /usr/bin/chromium, or PLAYWRIGHT_CHROMIUM) and writes every
// icon the installers use: build/icon.png (1024), build/icons/NxN.png (Linux),
// build/icon.ico (Windows) and build/icon.icns (macOS). The outputs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { icnsFile, icoFile, type PngImage } from './icon-files.ts';

const build = resolve(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(build, 'icon.svg'), 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const images: PngImage[] = [];
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    images.push({ size, png: await page.locator('svg').screenshot({ omitBackground: true }) });
  }
  const png = (size: number) => images.find((i) => i.size === size)!.png;
  mkdirSync(join(build, 'icons'), { recursive: true });
  writeFileSync(join(build, 'icon.png'), png(1024));
  for (const size of [16, 32, 48, 64, 128, 256, 512, 1024])
    writeFileSync(join(build, 'icons', `${size}x${size}.png`), png(size));
  writeFileSync(
    join(build, 'icon.ico'),
    icoFile(images.filter((i) => [16, 24, 32, 48, 64, 128, 256].includes(i.size))),
  );
  writeFileSync(join(build, 'icon.icns'), icnsFile(images));
  console.log(`icons: wrote build/icon.png, build/icons/*.png, build/icon.ico and build/icon.icns from build/icon.svg`);
} finally {
  await browser.close();
}
