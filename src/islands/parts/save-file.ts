/**
 * Downloads made in the browser: a Blob and an object URL, no request, no server.
 * Code that only a download needs loads on the button (`lazyModule`), starting when the
 * pointer comes near or focus arrives, so the click usually finds it ready and saves at
 * once, inside the click handler, as browsers expect of a download.
 */
import type { LazyModule } from './lazy-module';

/** A file to hand over. */
export interface TextFile {
  text: string;
  fileName: string;
  type: string;
}

/** Hand a text to the browser as a downloaded file. */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: let go of it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Build a file with a lazily loaded module and download it: synchronously when the module
 * is already here (the usual case after `warm`), else as soon as it arrives. Resolves to
 * the file saved; rejects when the module cannot load or the file cannot be built.
 */
export function saveWith<T>(module: LazyModule<T>, build: (loaded: T) => TextFile): Promise<TextFile> {
  const save = (loaded: T) => {
    const file = build(loaded);
    saveTextFile(file.text, file.fileName, file.type);
    return file;
  };
  const ready = module.now();
  if (ready !== undefined) {
    try {
      return Promise.resolve(save(ready));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return module.get().then(save);
}
