/**
 * @preact/signals stays out of the browser build (src/integrations/no-preact-signals.ts):
 * no island passes a signal as a prop, and the library would add about 3 KiB gzip to the
 * files @astrojs/preact's client can load, and to the offline copy.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from './built-site';

it('no built script contains @preact/signals', async () => {
  const dir = path.join(DIST, '_astro');
  const scripts = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const withSignals: string[] = [];
  for (const name of scripts) {
    // The library brands its signals with this symbol; its file was named signals.module.
    const code = await readFile(path.join(dir, name), 'utf8');
    if (/Symbol\.for\(["'`]preact-signals["'`]\)/.test(code) || name.startsWith('signals'))
      withSignals.push(name);
  }
  expect(withSignals).toEqual([]);
});
