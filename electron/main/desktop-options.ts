// The arguments the renderer may pass to printPage and savePdf, checked where they arrive
// in the main process: anything else is refused with a message naming what was wrong.
import { z } from 'zod';

const pageSizes = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'Legal', 'Letter', 'Tabloid', 'Ledger'] as const;

const printOptions = z.strictObject({ landscape: z.boolean().optional() });
const pdfOptions = z.strictObject({
  pageSize: z.enum(pageSizes).optional(),
  landscape: z.boolean().optional(),
  defaultName: z.string().max(200).optional(),
});

export type PrintOptions = z.output<typeof printOptions>;
export type PdfOptions = z.output<typeof pdfOptions>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parse<T>(schema: z.ZodType<T>, what: string, raw: unknown): Parsed<T> {
  // The preload sends {} when the renderer passes nothing.
  const result = schema.safeParse(raw ?? {});
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'options';
    return `${where}: ${issue.message}`;
  });
  return { ok: false, message: `Invalid ${what} options: ${problems.join('; ')}` };
}

export const parsePrintOptions = (raw: unknown): Parsed<PrintOptions> => parse(printOptions, 'print', raw);
export const parsePdfOptions = (raw: unknown): Parsed<PdfOptions> => parse(pdfOptions, 'PDF', raw);

/** A file name without folders or characters that file systems reject. */
export function safePdfFileName(name: string | undefined): string {
  const base = (name ?? 'OrgAtlas.pdf').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'OrgAtlas.pdf';
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}
