// Saving an export the admin asked for: the renderer sends a name and bytes, the main process
// checks them (the renderer is not trusted with paths) and asks the admin where to save.
import path from 'node:path';
import type { SavedFile } from '../shared/bridge';

/** A generous ceiling: a year of centre-wide attendance is a few megabytes. */
export const MAX_SAVED_FILE_BYTES = 100 * 1024 * 1024;

export class BadSavedFileError extends Error {
  constructor(reason: string) {
    super(`Refused file: ${reason}`);
    this.name = 'BadSavedFileError';
  }
}

/** Validates what came over IPC: a bare file name, a MIME type and bytes of a sane size. */
export function parseSavedFile(input: unknown): SavedFile {
  if (typeof input !== 'object' || input === null) throw new BadSavedFileError('not an object');
  const { name, mime, data } = input as Record<string, unknown>;
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) {
    throw new BadSavedFileError('name must be 1 to 200 characters');
  }
  // No folders, no parent references, no control characters: the dialog picks the folder.
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f]/.test(name) || name === '.' || name === '..') {
    throw new BadSavedFileError('name must be a bare file name');
  }
  if (typeof mime !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(mime)) {
    throw new BadSavedFileError('bad MIME type');
  }
  if (!(data instanceof Uint8Array)) throw new BadSavedFileError('data must be bytes');
  if (data.byteLength > MAX_SAVED_FILE_BYTES) throw new BadSavedFileError('file too large');
  return { name, mime, data };
}

export interface SaveDialogLike {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
}

export async function saveWithDialog(
  file: SavedFile,
  deps: {
    dialog: SaveDialogLike;
    defaultFolder: string;
    writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  },
): Promise<'saved' | 'cancelled'> {
  const extension = path.extname(file.name).slice(1);
  const result = await deps.dialog.showSaveDialog({
    defaultPath: path.join(deps.defaultFolder, file.name),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  });
  if (result.canceled || !result.filePath) return 'cancelled';
  await deps.writeFile(result.filePath, file.data);
  return 'saved';
}
