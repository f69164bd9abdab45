import type { Plugin } from 'vite';

/**
 * Lets an island's file be its entry (issue 15). Astro builds the browser's scripts with
 * `preserveEntrySignatures: 'exports-only'`, so an entry that exports something (an island's
 * default export) must match its exports exactly. An island's file (page-chunks.ts) also
 * exports what its lazy parts import from it, so Rolldown made each island a second file
 * that only re-exported the default from the first: one more request on every tool page.
 * With 'allow-extension' the entry may export more than its module does; Astro only
 * imports an island's `default`. Browser build only: the server build keeps Astro's setting.
 */
export function islandEntries(): Plugin {
  return {
    name: 'callback-coach:island-entries',
    configEnvironment(name) {
      if (name !== 'client') return undefined;
      return { build: { rolldownOptions: { preserveEntrySignatures: 'allow-extension' } } };
    },
  };
}
