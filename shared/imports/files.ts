// The files an import takes, as the open dialog, the browser's file picker and the command
// line's argument check name them (the content decides the format; this only guides choosing).
import type { DocumentRefusal } from '../documents/refusals.ts';
export const IMPORT_EXTENSIONS = [
  'txt',
  'html',
  'htm',
  'mht',
  'mhtml',
  'docx',
  'doc',
  'wps',
  'rtf',
  'odt',
  'pdf',
  'ofd',
  'orgatlas',
] as const;

/** A chosen, dropped or opened file as the import calls take it: its name and its bytes in base64. */
export interface PickedFile {
  name: string;
  content: string;
}

/** A file the desktop app was asked to open but could not read, with why in one English sentence and typed. */
export interface RefusedFile {
  name: string;
  reason: string;
  refusal: DocumentRefusal;
}

export interface OpenedFiles {
  files: PickedFile[];
  refused: RefusedFile[];
}

/** Whether a path or name ends in one of the import extensions (any case). */
export function isImportName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (IMPORT_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}
