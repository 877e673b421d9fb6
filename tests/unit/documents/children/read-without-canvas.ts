// Child process for pdf-without-canvas.test.ts: reads a PDF as the app does, with the
// optional @napi-rs/canvas package made impossible to load (the installers leave it out), and
// prints the parsed office and whether loading the canvas package failed as it would there.
// Usage: node read-without-canvas.ts FILE.pdf
import { createRequire, registerHooks } from 'node:module';
import { loadDocument } from '../../../../electron/node/documents/load.ts';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === '@napi-rs/canvas' || specifier.startsWith('@napi-rs/canvas'))
      throw Object.assign(new Error(`Cannot find module '${specifier}' (left out of the installer)`), {
        code: 'MODULE_NOT_FOUND',
      });
    return next(specifier, context);
  },
});

let canvasLoads = true;
try {
  createRequire(import.meta.url)('@napi-rs/canvas');
} catch {
  canvasLoads = false;
}
const { parsed, format } = await loadDocument(process.argv[2]!);
process.stdout.write(
  JSON.stringify({
    canvasLoads,
    format,
    office: parsed.office.name,
    units: parsed.office.units.map((u) => u.name),
    duties: parsed.office.duties.length,
  }),
);
