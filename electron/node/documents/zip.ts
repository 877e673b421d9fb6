// Opens the ZIP package a Word (.docx) or OFD file is; jszip is loaded on the first such file.
import type JSZip from 'jszip';
import type { DocumentRefusal } from '../../../shared/documents/refusals.ts';
import { UnreadableDocument } from './extracted.ts';

/** The package, or `damaged` thrown when the bytes are no readable ZIP. */
export async function openZip(bytes: Uint8Array, damaged: DocumentRefusal): Promise<JSZip> {
  const { default: JSZipClass } = await import('jszip');
  try {
    return await JSZipClass.loadAsync(bytes);
  } catch {
    throw new UnreadableDocument(damaged);
  }
}
