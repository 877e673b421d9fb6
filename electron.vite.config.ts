// Build of the three Electron parts into out/main, out/preload and out/renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';

const root = import.meta.dirname;

/** Puts the strict CSP into the built page too (the browser host and app:// send it as a header). The
 *  dev server page keeps none: React's refresh preamble is an inline script. */
function cspMetaTag(): Plugin {
  return {
    name: 'orgatlas:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        // First in <head>: a CSP meta tag only covers what comes after it.
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Every browser Electron or OrgAtlas's browser host supports reads woff2; dropping the woff
 *  fallbacks of the @fontsource stylesheets halves the font files the app ships. */
function woff2FontsOnly(): Plugin {
  return {
    name: 'orgatlas:woff2-fonts-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // The parallel index build's worker thread, found beside the module that starts it.
          'segment-worker': resolve(root, 'electron/node/store/segment-worker.ts'),
        },
        // Every file in out/main itself (no chunks folder), so that file is beside it.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot be ES modules, and package.json says "type": "module".
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [woff2FontsOnly(), react(), cspMetaTag()],
    build: {
      // Smaller script, faster first paint on the modest PCs of government offices.
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
