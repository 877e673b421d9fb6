// The PDF file name offered in the save dialog: the renderer's suggestion, made safe.

/** A file name without folders or characters that file systems reject. */
export function safePdfFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const base = (name ?? 'OrgAtlas.pdf').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'OrgAtlas.pdf';
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}
