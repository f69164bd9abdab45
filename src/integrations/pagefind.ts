import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Count the built lesson pages, so an index that missed one fails the build. */
async function countLessonPages(outDir: string): Promise<number> {
  const lessonsDir = path.join(outDir, 'lessons');
  const entries = await readdir(lessonsDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).length;
}

/** Index the built site with Pagefind once Astro has written it; any problem fails the build. */
export function pagefind(): AstroIntegration {
  return {
    name: 'callback-coach:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const lessons = await countLessonPages(outDir);
          if (lessons === 0 || added.page_count < lessons) {
            throw new Error(
              `Pagefind indexed ${added.page_count} pages but the site has ${lessons} lessons.`,
            );
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
