// SVG and PNG export of the whole chart, from the drawn SVG (one drawing code path).
import type { ChartLayout } from '../../shared/chart/types.ts';
import { embeddedFontCss } from './font-embed.ts';

const MARGIN = 16;

/** A standalone SVG document of the whole chart: the on-screen drawing without pan/zoom,
 *  expand/collapse buttons or search highlights; with `embedFont`, the font slices it uses
 *  inlined. (Not for rasterising: an SVG image draws no text until its embedded fonts have
 *  loaded, which cannot be awaited, while the machine's CJK font is there at once.) */
export async function chartSvgDocument(drawn: SVGSVGElement, layout: ChartLayout, embedFont: boolean): Promise<string> {
  const svg = drawn.cloneNode(true) as SVGSVGElement;
  svg.querySelectorAll('.oa-toggle').forEach((el) => el.remove());
  svg.querySelectorAll('.oa-box-hit, .oa-edge-hit').forEach((el) => el.classList.remove('oa-box-hit', 'oa-edge-hit'));
  svg.querySelectorAll('[tabindex],[role],[data-testid]').forEach((el) => {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('data-testid');
  });
  svg.firstElementChild?.removeAttribute('transform');
  const w = layout.width + 2 * MARGIN;
  const h = layout.height + 2 * MARGIN;
  svg.setAttribute('viewBox', `${-MARGIN} ${-MARGIN} ${w} ${h}`);
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  for (const attr of ['data-testid', 'data-ready', 'class']) svg.removeAttribute(attr);
  const fontCss = embedFont ? await embeddedFontCss(svg.textContent ?? '') : '';
  if (fontCss) {
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = fontCss;
    svg.insertBefore(style, svg.firstChild);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** Rows of device pixels drawn at a time: each band is one short task, so the progress bar
 *  moves and a Cancel click gets through while a 300 dpi export draws. */
const BAND_PX = 256;

/** Settles with `work`, or rejects as soon as `signal` is aborted (the work's result, when it
 *  comes, is then dropped). */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** A turn of the event loop, so the page paints and handles input between bands. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Progress of an export: steps done out of all. */
export type ExportStep = (done: number, steps: number) => void;

/** Rasterises the SVG document at `dpi` (96 = 1:1) on a white background, band by band.
 *  Aborting `signal` stops it between bands and drops an encoding under way. */
export async function svgToPng(
  svgText: string,
  widthPx: number,
  heightPx: number,
  dpi: number,
  signal: AbortSignal,
  step: ExportStep,
): Promise<Blob> {
  const scale = dpi / 96;
  const image = new Image();
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText);
  await abortable(image.decode(), signal);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthPx * scale);
  canvas.height = Math.round(heightPx * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Bands, then one step for encoding.
  const bands = Math.ceil(canvas.height / BAND_PX);
  const steps = bands + 1;
  for (let band = 0; band < bands; band++) {
    await yieldToPage();
    signal.throwIfAborted();
    const top = band * BAND_PX;
    const rows = Math.min(BAND_PX, canvas.height - top);
    // Source rectangle in the image's own (96 dpi) pixels, destination in device pixels.
    ctx.drawImage(image, 0, top / scale, widthPx, rows / scale, 0, top, canvas.width, rows);
    step(band + 1, steps);
  }
  const encoded = new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
  );
  const blob = await abortable(encoded, signal);
  step(steps, steps);
  return blob;
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportSize(layout: ChartLayout): { width: number; height: number } {
  return { width: layout.width + 2 * MARGIN, height: layout.height + 2 * MARGIN };
}
