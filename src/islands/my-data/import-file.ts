import { parseImport, type ImportResult } from '../../lib/storage/import';
import { checkImportSize } from '../../lib/storage/my-data-outcomes';

/** Read a chosen export or backup file: the parts it holds, or a sentence naming what is wrong. */
export async function readImportFile(file: File): Promise<ImportResult> {
  const tooBig = checkImportSize(file.size);
  if (tooBig) return { ok: false, error: tooBig };
  let text: string;
  try {
    text = await file.text();
  } catch {
    text = '';
  }
  return text
    ? parseImport(text, file.name)
    : { ok: false, error: 'This file is empty or could not be read. Choose it again.' };
}
