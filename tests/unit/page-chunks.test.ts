import { describe, expect, it } from 'vitest';
import { pageChunks } from '../../src/integrations/page-chunks';

// Three islands: A and B share a big module and a small one; C shares the small one too;
// A has a module of its own that its lazy part also imports; the lazy part is left alone;
// C's lazy part loads a module A imports at load.
const GRAPH: Record<string, { importedIds: string[]; dynamicallyImportedIds?: string[]; code: string }> = {
  '/p/src/islands/A.tsx': {
    importedIds: [
      '/p/src/lib/big.ts',
      '/p/src/lib/small.ts',
      '/p/src/lib/a-only.ts',
      '/p/src/lib/a-and-c-part.ts',
    ],
    code: 'a',
  },
  '/p/src/islands/B.tsx': { importedIds: ['/p/src/lib/big.ts', '/p/src/lib/small.ts'], code: 'b' },
  '/p/src/islands/C.tsx': {
    importedIds: ['/p/src/lib/small.ts', '/p/node_modules/lib/index.js'],
    dynamicallyImportedIds: ['/p/src/islands/c/Part.tsx'],
    code: 'c',
  },
  '/p/src/islands/c/Part.tsx': { importedIds: ['/p/src/lib/a-and-c-part.ts'], code: 'p' },
  '/p/src/lib/a-and-c-part.ts': { importedIds: [], code: 'x' },
  '/p/src/lib/big.ts': { importedIds: [], code: 'x'.repeat(5000) },
  '/p/src/lib/small.ts': { importedIds: [], code: 'x'.repeat(10) },
  '/p/src/lib/a-only.ts': { importedIds: [], code: 'x' },
  '/p/src/islands/a/Lazy.tsx': { importedIds: ['/p/src/lib/a-only.ts'], code: 'l' },
  '/p/node_modules/lib/index.js': { importedIds: [], code: 'lib' },
};
const graph = { getModuleInfo: (id: string) => GRAPH[id] ?? null };
const islands = [
  '/p/src/islands/A.tsx',
  '/p/src/islands/B.tsx',
  '/p/src/islands/C.tsx',
  '/p/src/islands/Gone.tsx',
];

describe('the island pages’ files', () => {
  const { shared, own } = pageChunks({ islands, name: 'tool-lib', mergeBelow: 1000 });

  it('puts what several islands import at load in one file per set, small sets in one file', () => {
    expect(shared('/p/src/lib/big.ts', graph)).toBe('tool-lib-A-B');
    expect(shared('/p/src/lib/small.ts', graph)).toBe('tool-lib');
    expect(own('/p/src/lib/big.ts', graph)).toBeNull();
  });

  it('keeps what one island imports at load with that island, though its lazy part uses it too', () => {
    expect(own('/p/src/islands/A.tsx', graph)).toBe('tool-lib-A');
    expect(own('/p/src/lib/a-only.ts', graph)).toBe('tool-lib-A');
    expect(shared('/p/src/lib/a-only.ts', graph)).toBeNull();
  });

  it('shares with an island what its lazy part loads, so the part does not fetch another island’s file', () => {
    expect(own('/p/src/lib/a-and-c-part.ts', graph)).toBeNull();
    expect(shared('/p/src/lib/a-and-c-part.ts', graph)).toBe('tool-lib');
  });

  it('leaves code loaded on an action, libraries and absent islands to Rolldown', () => {
    expect(own('/p/src/islands/a/Lazy.tsx', graph)).toBeNull();
    expect(shared('/p/src/islands/a/Lazy.tsx', graph)).toBeNull();
    expect(own('/p/node_modules/lib/index.js', graph)).toBeNull();
    expect(shared('/p/node_modules/lib/index.js', graph)).toBeNull();
  });
});
