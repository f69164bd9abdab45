/**
 * The house rules, read from the source (in the manner of Starlight's
 * no-internal-barrel-imports test): what each layer may import and touch, no import
 * cycle, and local time read in one folder only (src/lib/dates/). A new exception goes in an allowlist
 * below with the reason it cannot be avoided.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  documentLookups,
  globalUses,
  importsOf,
  localTimeReads,
  runtimeCycles,
  type SourceFiles,
} from './helpers/source-rules';

function readSources(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|js|mjs|astro)$/.test(entry.name)) continue;
    const path = `${entry.parentPath}/${entry.name}`;
    files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}

const SOURCES = readSources('src');
const under = (prefix: string, files: SourceFiles = SOURCES) =>
  new Map([...files].filter(([path]) => path.startsWith(prefix)));
const except = (paths: readonly string[], files: SourceFiles = SOURCES) =>
  new Map([...files].filter(([path]) => !paths.includes(path)));
const withoutLine = (violation: string) => violation.replace(/:\d+ /, ' ');

/** Browser objects: lib code is handed what it needs instead. */
const BROWSER_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'matchMedia',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
  'customElements',
  'alert',
  'confirm',
  'prompt',
  'screen',
  'self',
]);
const STORAGE = new Set(['localStorage', 'sessionStorage']);
/**
 * Lookups that search the whole page, and so can find the page's own elements rather
 * than the island's. An island finds its elements through a ref to its root, or by an
 * id it renders itself (`document.getElementById`): its ids carry its own prefix
 * (`fu-`, `sb-`…) and ids are unique in a page.
 */
const PAGE_LOOKUPS = new Set([
  'querySelector',
  'querySelectorAll',
  'getElementsByClassName',
  'getElementsByTagName',
  'getElementsByName',
]);

/** Storage outside src/stores, each with its reason. */
const STORAGE_ALLOWED: Record<string, string> = {
  // Inlined in every page's head: it applies the saved theme before the first paint,
  // before any module (and so any store) has loaded. It reads the settings store's key.
  'src/layouts/theme-boot.js': 'theme before first paint',
};
/** Page lookups from islands, each with its reason (file and what it calls, without the line). */
const ISLAND_LOOKUPS_ALLOWED: Record<string, string> = {
  // Printing shows one view appended to <body>, outside the island, so print CSS can
  // hide the rest of the page; a second print first removes the first one's view.
  'src/islands/script-builder/print-script.ts document.querySelector': 'print view lives outside the island',
};

describe('src/lib', () => {
  const lib = under('src/lib/');

  it('imports no store, island, element or UI package', () => {
    const forbidden =
      /^(src\/(stores|islands|elements|components|layouts|pages)\/|preact|nanostores|@nanostores\/)/;
    const violations = importsOf(lib)
      .filter((edge) => forbidden.test(edge.to))
      .map((edge) => `${edge.from}:${edge.line} imports ${edge.to}`);
    expect(violations).toEqual([]);
  });

  it('uses no browser global (window, document, localStorage, navigator…)', () => {
    expect(globalUses(lib, BROWSER_GLOBALS)).toEqual([]);
  });
});

describe('storage', () => {
  it('is touched only by src/stores (and the documented theme boot)', () => {
    const outside = except(
      Object.keys(STORAGE_ALLOWED),
      new Map([...SOURCES].filter(([p]) => !p.startsWith('src/stores/'))),
    );
    expect(globalUses(outside, STORAGE)).toEqual([]);
  });

  it('has no exception left over: each allowed file still touches storage', () => {
    const allowed = new Map([...SOURCES].filter(([path]) => path in STORAGE_ALLOWED));
    const users = new Set(globalUses(allowed, STORAGE).map((use) => use.split(':')[0]));
    expect([...users].sort()).toEqual(Object.keys(STORAGE_ALLOWED).sort());
  });
});

describe('islands', () => {
  it('look elements up inside their own root, not across the page', () => {
    const violations = documentLookups(under('src/islands/'), PAGE_LOOKUPS).filter(
      (violation) => !(withoutLine(violation) in ISLAND_LOOKUPS_ALLOWED),
    );
    expect(violations).toEqual([]);
  });

  it('have no exception left over: each allowed lookup is still made', () => {
    const made = new Set(documentLookups(under('src/islands/'), PAGE_LOOKUPS).map(withoutLine));
    expect(Object.keys(ISLAND_LOOKUPS_ALLOWED).filter((allowed) => !made.has(allowed))).toEqual([]);
  });
});

describe('imports', () => {
  it('make no cycle that runs at load time', () => {
    expect(runtimeCycles(importsOf(SOURCES))).toEqual([]);
  });
});

describe('local time', () => {
  // src/lib/dates/ is one module split in files, so that a page can load the clock without the formatters.
  it('is read only in src/lib/dates/', () => {
    expect(localTimeReads(except([...under('src/lib/dates/').keys()]))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const sample = (files: Record<string, string>): SourceFiles => new Map(Object.entries(files));

  it('see a store imported by lib, and no type-only import as a cycle', () => {
    const edges = importsOf(
      sample({
        'src/lib/a.ts':
          "import { $x } from '../stores/x';\nimport type { B } from './b';\nexport const a = 1;",
        'src/lib/b.ts': "import { a } from './a';\nexport type B = typeof a;",
      }),
    );
    expect(edges.map(({ from, to, runtime }) => [from, to, runtime])).toEqual([
      ['src/lib/a.ts', 'src/stores/x', true],
      ['src/lib/a.ts', 'src/lib/b.ts', false],
      ['src/lib/b.ts', 'src/lib/a.ts', true],
    ]);
    expect(runtimeCycles(edges)).toEqual([]);
  });

  it('see a runtime cycle, an inline `type` import included, and not one through import()', () => {
    const files = sample({
      'src/a.ts': "import { b } from './b';\nexport const a = () => import('./c');",
      'src/b.ts': "import { type C } from './c';\nexport const b = 1;",
      'src/c.ts': "import { a } from './a.js';\nexport type C = 1;",
    });
    expect(runtimeCycles(importsOf(files))).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
    const lazy = sample({ 'src/a.ts': "export const a = () => import('./b');", 'src/b.ts': "import './a';" });
    expect(runtimeCycles(importsOf(lazy))).toEqual([]);
  });

  it('see browser globals, but not a local variable or a property of the same name', () => {
    const files = sample({
      'src/lib/a.ts': 'export const a = () => localStorage.getItem("k") ?? navigator.language;',
      'src/lib/b.ts': 'const window = { opens: 1 };\nexport const b = window.opens;',
      'src/lib/c.ts': 'export const c = (x: { document: string }) => x.document;',
    });
    expect(globalUses(files, BROWSER_GLOBALS)).toEqual([
      'src/lib/a.ts:1 uses localStorage',
      'src/lib/a.ts:1 uses navigator',
    ]);
  });

  it('see storage in an .astro script, and not in its markup, and through the global object', () => {
    const files = sample({
      'src/pages/a.astro':
        '---\nconst t = 1;\n---\n<p>localStorage</p>\n<script>\nlocalStorage.clear();\n</script>\n',
      'src/islands/a.ts':
        'export const a = () => window.localStorage.length + globalThis.sessionStorage.length;',
    });
    expect(globalUses(files, STORAGE)).toEqual([
      'src/pages/a.astro:6 uses localStorage',
      'src/islands/a.ts:1 uses window.localStorage',
      'src/islands/a.ts:1 uses globalThis.sessionStorage',
    ]);
  });

  it('see a page lookup, and not one inside a root', () => {
    const files = sample({
      'src/islands/A.tsx': 'document.querySelector(".x");\nroot.current?.querySelector(".x");',
    });
    expect(documentLookups(files, PAGE_LOOKUPS)).toEqual(['src/islands/A.tsx:1 document.querySelector']);
  });

  it('see each way of reading local time', () => {
    const files = sample({
      'src/lib/a.ts': [
        'new Date().getHours();',
        'Date.now();',
        'new Date(2026, 0, 1);',
        'new Intl.DateTimeFormat("en-US");',
        'new Date("2026-01-01T00:00:00Z").getUTCDate();',
        'new Intl.DateTimeFormat("en-US", { hour: "numeric", timeZone: "UTC" });',
        'Intl.DateTimeFormat.supportedLocalesOf("en-GB");',
      ].join('\n'),
    });
    expect(localTimeReads(files)).toEqual([
      'src/lib/a.ts:1 .getHours()',
      'src/lib/a.ts:1 new Date()',
      'src/lib/a.ts:2 Date.now()',
      'src/lib/a.ts:3 new Date(year, month, …)',
      'src/lib/a.ts:4 Intl.DateTimeFormat without a timeZone',
    ]);
  });
});
