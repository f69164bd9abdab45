/**
 * Each island's page fetches the island's own file, not a stub that only re-exports it
 * from another file (issue 15: one request fewer on every tool page;
 * src/integrations/island-entries.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST } from './built-site';

/** Every island file a built page names, with its text. */
const islandFiles = new Map<string, string>();
for (const page of await builtPages()) {
  const html = await readFile(path.join(DIST, page.path.slice(BASE.length), 'index.html'), 'utf8');
  for (const [, url] of html.matchAll(/<astro-island[^>]* component-url="([^"]+)"/g)) {
    islandFiles.set(url!, await readFile(path.join(DIST, url!.slice(BASE.length)), 'utf8'));
  }
}

describe('island files', () => {
  it('finds the islands of the tool pages', () => {
    expect(islandFiles.size).toBeGreaterThanOrEqual(5);
  });

  it.each([...islandFiles])('%s holds its island, not a re-export of another file', (_, code) => {
    expect(code).not.toMatch(/^export\s*\{[^}]*\}\s*from\s*"[^"]+";?\s*$/);
  });
});
