/**
 * The preload list Vite writes for each `import()` names only files its importer has not
 * loaded already (src/integrations/preload-deps.ts): a file the importer imports statically,
 * directly or through another, is loaded before the importer runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../bench/static-weight.mjs';
import { staticClosure } from '../../src/integrations/preload-deps';
import { DIST } from './built-site';

const dir = path.join(DIST, '_astro');
const code = new Map<string, string>();
for (const name of (await readdir(dir)).filter((file) => file.endsWith('.js')))
  code.set(`_astro/${name}`, await readFile(path.join(dir, name), 'utf8'));

/** Each file's static imports, as `_astro/…` names like Vite's lists. */
const imports = new Map(
  [...code].map(([file, text]) => [
    file,
    staticImports(text).map((specifier: string) => path.posix.join(path.posix.dirname(file), specifier)),
  ]),
);

/** The files a built script's preload lists name (Vite's `__vite__mapDeps` array). */
function preloaded(text: string): string[] {
  const list = /__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/.exec(text)?.[1];
  return list ? (JSON.parse(list) as string[]) : [];
}

const withLists = [...code].filter(([, text]) => preloaded(text).length > 0);

describe('preload lists', () => {
  it('are found in the island files', () => {
    expect(withLists.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withLists)('%s preloads nothing it already imports', (file, text) => {
    const loaded = staticClosure(file, imports);
    expect(preloaded(text).filter((dep) => loaded.has(dep))).toEqual([]);
  });
});
