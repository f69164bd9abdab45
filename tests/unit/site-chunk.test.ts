import { describe, expect, it } from 'vitest';
import { projectClosure, siteChunk } from '../../src/integrations/site-chunk';

// A module graph: the entry imports a store and a library; the store imports a helper;
// a tool imports the helper and its own module.
const GRAPH: Record<string, string[]> = {
  '/p/src/elements/site.ts': ['/p/src/stores/a.ts', '/p/node_modules/lib/index.js'],
  '/p/src/stores/a.ts': ['/p/src/lib/b.ts'],
  '/p/src/lib/b.ts': [],
  '/p/node_modules/lib/index.js': ['/p/node_modules/lib/part.js', '/p/node_modules/lib/other.js'],
  '/p/src/islands/Tool.tsx': ['/p/src/lib/b.ts', '/p/src/lib/tool-only.ts'],
  '/p/src/lib/tool-only.ts': [],
  '/p/src/layouts/Base.astro?astro&type=script': ['/p/src/elements/site.ts'],
};
const graph = { getModuleInfo: (id: string) => (GRAPH[id] ? { importedIds: GRAPH[id] } : null) };

describe('the site chunk', () => {
  it("holds the entry's project modules, found by following static imports", () => {
    expect([...projectClosure(graph, ['/p/src/elements/site.ts'])].sort()).toEqual([
      '/p/src/elements/site.ts',
      '/p/src/lib/b.ts',
      '/p/src/stores/a.ts',
    ]);
  });

  it('takes the wrapper and the named library files, and nothing only a tool imports', () => {
    const name = siteChunk({
      name: 'site',
      entryPath: '/p/src/elements/site.ts',
      isWrapper: (id) => id.includes('.astro?astro&type=script'),
      libraries: ['node_modules/lib/part.js'],
    });
    const inSite = Object.keys(GRAPH).filter((id) => name(id, graph) === 'site');
    expect(inSite).toEqual([
      '/p/src/elements/site.ts',
      '/p/src/stores/a.ts',
      '/p/src/lib/b.ts',
      '/p/src/layouts/Base.astro?astro&type=script',
    ]);
    expect(name('/p/node_modules/lib/part.js', graph)).toBe('site');
    expect(name('/p/node_modules/lib/other.js', graph)).toBeNull();
  });
});
