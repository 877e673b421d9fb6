// A chosen or dropped file as the import calls take it: its name and its bytes in base64.
export interface PickedFile {
  name: string;
  content: string;
}

export async function readPicked(file: File): Promise<PickedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes a bounded number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, content: btoa(binary) };
}

// A file dropped anywhere on the window waits here for the import view to take it.
let dropped: File | null = null;
const listeners = new Set<() => void>();

export function dropFile(file: File): void {
  dropped = file;
  for (const listener of listeners) listener();
}

export function takeDropped(): File | null {
  const file = dropped;
  dropped = null;
  return file;
}

export function onDropped(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
