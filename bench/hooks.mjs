/**
 * Hook benches: sections other benches add by dropping a module into bench/. run.mjs
 * runs each one listed in HOOK_NAMES whose file exists, after page weight, with the
 * built site served and a browser open, and puts its table and budgets in the report.
 * `--only=<name>` runs just that one.
 *
 * Contract for bench/<name>.mjs:
 *
 *   export const title = 'Practice timer error';   // optional: the report's heading
 *   export async function run({ baseUrl, browser, pages }) {
 *     // baseUrl  the served site's root, base path included, ending in "/"
 *     //          (e.g. "http://127.0.0.1:4600/"); build page URLs with new URL('tools/practice/', baseUrl)
 *     // browser  a Playwright Browser (Debian Chromium, headless): open your own
 *     //          browser.newContext() and close it when done; never close the browser
 *     // pages    the site paths in the built sitemap, e.g. ["/", "/lessons/why-it-works/"]
 *     return {
 *       rows: [{ Runs: 20, 'Median error (ms)': 3.1, 'Worst error (ms)': 9.8 }],
 *       //      one table row an object; the first row's keys are the columns
 *       budgets: [{ name: 'Timer error ≤ 20 ms', measured: '9.8 ms worst', limit: '≤ 20 ms', pass: true }],
 *       notes: 'optional Markdown shown under the table',
 *     };
 *   }
 *
 * A hook that throws, or runs longer than 3 minutes, is reported as a FAIL with its error;
 * the other sections still run.
 * To add a bench, add its name below.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.mjs';

/** The hook benches run.mjs looks for, as bench/<name>.mjs. */
export const HOOK_NAMES = ['timer-error', 'tracker'];

/** How long a hook may run before it is reported as failed, so the bench stays bounded. */
export const HOOK_TIMEOUT_MS = 180_000;

/** The hooks whose module exists. */
export async function findHooks() {
  const found = [];
  for (const name of HOOK_NAMES) {
    const file = path.join(ROOT, 'bench', `${name}.mjs`);
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      found.push({ name, file });
  }
  return found;
}

/** Run one hook; errors and malformed results become a failed budget, not a crash. */
export async function runHook({ name, file }, context) {
  let title = name;
  try {
    const module = await import(pathToFileURL(file).href);
    title = module.title ?? name;
    if (typeof module.run !== 'function') throw new Error(`bench/${name}.mjs exports no run()`);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not finish within ${HOOK_TIMEOUT_MS / 1000} s`)),
        HOOK_TIMEOUT_MS,
      );
    });
    const result = await Promise.race([module.run(context), timeout]).finally(() => clearTimeout(timer));
    const rows = Array.isArray(result?.rows) ? result.rows : [];
    const budgets = (Array.isArray(result?.budgets) ? result.budgets : []).map((b) => ({
      name: String(b.name),
      subject: name,
      measured: String(b.measured ?? ''),
      limit: String(b.limit ?? ''),
      pass: b.pass === true,
    }));
    return { name, title, rows, budgets, notes: result?.notes ?? '' };
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    return {
      name,
      title,
      rows: [],
      notes: '',
      error: message,
      budgets: [
        {
          name: `${title} bench`,
          subject: name,
          measured: `error: ${message}`,
          limit: 'completes',
          pass: false,
        },
      ],
    };
  }
}
