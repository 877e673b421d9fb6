// The file names offered in the save dialogs: the renderer's suggestion, made safe.

/** A file name without folders or characters that file systems reject, ending in `.ext`. */
export function safeFileName(name: string | undefined, ext: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const base = (name ?? fallback).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || fallback;
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
}

export const safePdfFileName = (name: string | undefined) => safeFileName(name, 'pdf', 'OrgAtlas.pdf');
export const safePackageFileName = (name: string | undefined) => safeFileName(name, 'orgatlas', 'OrgAtlas.orgatlas');
