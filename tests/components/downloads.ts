import { vi } from 'vitest';

/**
 * Catches the files a component downloads (a Blob behind an object URL, saved through a
 * clicked link), as happy-dom cannot save them: `files` fills as they are made, `click`
 * is the link's click. Restore with `vi.restoreAllMocks()`.
 */
export function captureDownloads() {
  const files: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { files, click };
}
