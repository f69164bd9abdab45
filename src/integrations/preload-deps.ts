import type { Plugin } from 'vite';

/** The part of a built chunk this needs: its file and the files it imports statically. */
interface BuiltChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
}

/**
 * Every file `fileName` loads before it runs: itself and its static imports, all the way down.
 * @param imports each chunk's static imports, by file name
 */
export function staticClosure(
  fileName: string,
  imports: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [fileName];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(imports.get(file) ?? []));
  }
  return seen;
}

/**
 * Shorter preload lists for `import()` (issue 15). For each `import()`, Vite writes into the
 * importing file the list of files to preload: the imported file and everything it imports.
 * That list also named the files the importer itself imports statically (the site file,
 * `data`, `tools`), which are loaded before the importer can run: about 0.1 KiB gzip of file
 * names in each island file, for nothing. Vite asks `resolveDependencies` for each list; the
 * chunk graph it filters by is read from the bundle just before. Browser build only.
 */
export function preloadDeps(): Plugin {
  const imports = new Map<string, readonly string[]>();
  const resolveDependencies = (_: string, deps: string[], { hostId }: { hostId: string }) => {
    const loaded = staticClosure(hostId, imports);
    return deps.filter((dep) => !loaded.has(dep));
  };
  return {
    name: 'callback-coach:preload-deps',
    applyToEnvironment: (environment) => environment.name === 'client',
    configEnvironment(name) {
      if (name !== 'client') return undefined;
      return { build: { modulePreload: { resolveDependencies } } };
    },
    generateBundle: {
      // Before Vite's own generateBundle, which writes the lists.
      order: 'pre',
      handler(_, bundle) {
        imports.clear();
        for (const chunk of Object.values(bundle) as BuiltChunk[])
          if (chunk.type === 'chunk') imports.set(chunk.fileName, chunk.imports ?? []);
      },
    },
  };
}
