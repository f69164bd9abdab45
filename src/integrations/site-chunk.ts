/**
 * The `site` chunk: the site entry (src/elements/site.ts) and every project module it
 * imports statically, found in the module graph rather than listed by hand, so moving or
 * adding a module cannot quietly split what every lesson loads into a second request.
 * What the entry loads on an action (`import()`) stays out, in its own files.
 */

/** The module-graph access Rolldown gives a code-splitting group's `name` function. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const isLibrary = (id: string) => id.replaceAll('\\', '/').includes('/node_modules/');

/**
 * Every project module reachable from `entryIds` through static imports, entries
 * included. Libraries are not followed: a library's index file imports all its parts,
 * most of which only the tools use, so the library files the site needs are named.
 */
export function projectClosure(graph: ModuleGraph, entryIds: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entryIds];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id) || isLibrary(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** Where the site chunk comes from. */
export interface SiteChunkOptions {
  /** The chunk's name. */
  name: string;
  /** The entry, as an absolute file path. */
  entryPath: string;
  /** Recognises the module Astro wraps around the entry (a layout's `<script src>`). */
  isWrapper: (id: string) => boolean;
  /** Path fragments of the library files the entry's modules use (`node_modules/nanostores/atom/`). */
  libraries: readonly string[];
}

/**
 * A Rolldown code-splitting `name` function for one chunk holding the entry, its wrapper
 * (so the entry chunk is this chunk and no stub that only imports it is fetched), the
 * project modules it imports and the named library files. The closure is computed once
 * per chunking pass, that is once a build environment.
 */
export function siteChunk({
  name,
  entryPath,
  isWrapper,
  libraries,
}: SiteChunkOptions): (id: string, graph: ModuleGraph) => string | null {
  const closures = new WeakMap<ModuleGraph, Set<string>>();
  return (id, graph) => {
    let closure = closures.get(graph);
    if (!closure) {
      closure = projectClosure(graph, [entryPath]);
      closures.set(graph, closure);
    }
    const path = id.replaceAll('\\', '/');
    const inSite =
      closure.has(id) ||
      libraries.some((fragment) => path.includes(fragment)) ||
      (isWrapper(id) && (graph.getModuleInfo(id)?.importedIds.includes(entryPath) ?? false));
    return inSite ? name : null;
  };
}
