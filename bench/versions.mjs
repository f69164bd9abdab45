/** The versions a result depends on: Node, Astro, Chromium, Lighthouse, Pagefind, Playwright. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROME_PATH } from './chromium.mjs';
import { ROOT } from './paths.mjs';

/** A package's installed version, from its package.json. */
async function packageVersion(name) {
  try {
    return JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

/** The Chromium binary's own version line. */
async function chromiumVersion() {
  try {
    const { stdout } = await promisify(execFile)(CHROME_PATH, ['--version']);
    return stdout.trim();
  } catch {
    return `unknown (${CHROME_PATH})`;
  }
}

/** Everything the report's header lists. */
export async function collectVersions() {
  return {
    node: process.version,
    astro: await packageVersion('astro'),
    chromium: await chromiumVersion(),
    lighthouse: await packageVersion('lighthouse'),
    pagefind: await packageVersion('pagefind'),
    playwright: await packageVersion('@playwright/test'),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
  };
}
