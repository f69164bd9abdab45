/** The built site the build tests read: OUT_DIR (as astro.config.mjs uses it), `dist` by default. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { classifyPages, readSitemapPaths } from '../../bench/sitemap.mjs';

/** The build folder. */
export const DIST = path.resolve(process.env['OUT_DIR'] ?? 'dist');

/** The base path the site was built with. */
export const BASE = process.env['BASE_PATH'] ?? '/';

if (!existsSync(path.join(DIST, 'index.html')))
  throw new Error(`No built site in ${DIST}: run \`npm run build\` (or set OUT_DIR) first.`);

/** Every page in the built sitemap plus the home page, with its kind (bench/sitemap.mjs). */
export async function builtPages(): Promise<{ path: string; kind: string }[]> {
  return classifyPages(DIST, await readSitemapPaths(DIST, BASE), BASE);
}
