/**
 * The files of the island pages (the tools and My data), grouped by which islands import
 * a module at load. Rolldown's own grouping by entry set also counts the code an island
 * loads on an action (`import()`) as entries: a module a page shares with one of its lazy
 * parts got a small file of its own, and merging the small files pulled other tools' code
 * into a page, so each new lazy part moved kilobytes between pages. Here only the islands
 * decide, from the module graph:
 * - `shared`: a module two or more islands import at load goes into one file per set of
 *   islands; sets smaller than `mergeBelow` source characters share one file;
 * - `own`: a module one island imports at load, and no other island ever loads, goes into
 *   that island's file, whichever of its own lazy parts also use it. One another island's
 *   lazy part loads is shared with that island: were it in the first island's file, the
 *   part would fetch that whole file (and its stylesheet, which is inlined in the pages).
 * Code loaded only on an action is left to Rolldown. Give `shared` the higher priority, so
 * that `own` (which takes an island's dependencies with it) finds the shared ones taken.
 */
import { projectClosure } from './site-chunk';

/** The module-graph access Rolldown gives a code-splitting group's `name` function. */
interface ModuleGraph {
  getModuleInfo(id: string): {
    importedIds: readonly string[];
    dynamicallyImportedIds?: readonly string[];
    code?: string | null;
  } | null;
}

/** A code-splitting group's `name` function. */
type NameFunction = (id: string, graph: ModuleGraph) => string | null;

/** How the island pages' files are made. */
export interface PageChunksOptions {
  /** The island components, as absolute file paths. */
  islands: readonly string[];
  /** The file of the small shared sets, and the prefix of every other file made here. */
  name: string;
  /** Sets of islands sharing fewer source characters than this share one file. */
  mergeBelow: number;
}

/** Every project module `entry` may ever load: static and dynamic imports, libraries not followed. */
function everythingLoaded(graph: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id) || id.replaceAll('\\', '/').includes('/node_modules/')) continue;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    queue.push(...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? []));
  }
  return seen;
}

const shortName = (path: string) =>
  path
    .replaceAll('\\', '/')
    .replace(/^.*\//, '')
    .replace(/\.[^.]+$/, '');

/** The `shared` and `own` name functions (see the module comment), planned once per chunking pass. */
export function pageChunks({ islands, name, mergeBelow }: PageChunksOptions): {
  shared: NameFunction;
  own: NameFunction;
} {
  const plans = new WeakMap<ModuleGraph, { shared: Map<string, string>; own: Map<string, string> }>();
  const planOf = (graph: ModuleGraph) => {
    let plan = plans.get(graph);
    if (plan) return plan;
    const users = new Map<string, string[]>();
    const present = islands.filter((island) => graph.getModuleInfo(island));
    for (const island of present) {
      for (const id of projectClosure(graph, [island]))
        users.set(id, [...(users.get(id) ?? []), shortName(island)]);
    }
    // An island whose lazy parts load a module another island imports at load shares it.
    for (const island of present) {
      for (const id of everythingLoaded(graph, island)) {
        const list = users.get(id);
        if (list && !list.includes(shortName(island))) list.push(shortName(island));
      }
    }
    const sizes = new Map<string, number>();
    for (const [id, list] of users) {
      const set = [...list].sort().join('-');
      sizes.set(set, (sizes.get(set) ?? 0) + (graph.getModuleInfo(id)?.code?.length ?? 0));
    }
    plan = { shared: new Map(), own: new Map() };
    for (const [id, list] of users) {
      const set = [...list].sort().join('-');
      if (list.length === 1) plan.own.set(id, `${name}-${set}`);
      else plan.shared.set(id, (sizes.get(set) ?? 0) < mergeBelow ? name : `${name}-${set}`);
    }
    plans.set(graph, plan);
    return plan;
  };
  return {
    shared: (id, graph) => planOf(graph).shared.get(id) ?? null,
    own: (id, graph) => planOf(graph).own.get(id) ?? null,
  };
}
