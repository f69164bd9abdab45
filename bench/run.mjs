/**
 * `npm run bench`: measure the built site and write bench/RESULTS.md (issues 8 and 15).
 *
 *   npm run bench                                  build, then every part
 *   npm run bench -- --no-build                    measure the existing build (dist/, or $OUT_DIR)
 *   npm run bench -- --only=weight,lighthouse      just those parts: weight, offline, lighthouse, lcp,
 *                                                  scaling, and the hook benches (bench/hooks.mjs), by name
 *
 * Parts, in this order: page weight (page-weight.mjs), any hook benches present (hooks.mjs
 * documents their contract), the offline copy (offline-copy.mjs), Lighthouse (lighthouse.mjs),
 * lesson LCP against the same lessons without JavaScript (lcp.mjs), build-time scaling
 * (build-scaling.mjs).
 * The site is built into bench/.tmp/<pid>/site, so a build running beside it in dist/ is not
 * disturbed, and served with `astro preview` on a free port from 4600. Pages come from the
 * built sitemap. Exits 0 when budgets fail (it measures; it does not gate) and 1 only when
 * the bench itself could not run.
 */
import { rm, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { judgeBudgets } from './budgets.mjs';
import { runBuildScaling } from './build-scaling.mjs';
import { launchPlaywright } from './chromium.mjs';
import { cleanBuildEnv, runCommand } from './exec.mjs';
import { findHooks, runHook } from './hooks.mjs';
import { runLcpComparison } from './lcp.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureOfflineCopy } from './offline-copy.mjs';
import { measurePageWeights } from './page-weight.mjs';
import { RESULTS, ROOT, TMP } from './paths.mjs';
import { printSummary, renderReport } from './report.mjs';
import { startPreview } from './serve.mjs';
import { classifyPages, pickLighthousePages, readSitemapPaths } from './sitemap.mjs';
import { collectVersions } from './versions.mjs';

const CORE_PARTS = ['weight', 'offline', 'lighthouse', 'lcp', 'scaling'];

/** The parts to run and whether to build, from the command line. */
function parseArgs(argv, hookNames) {
  const known = [...CORE_PARTS, ...hookNames];
  const only = argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .filter(Boolean);
  const unknown = [
    ...(only ?? []).filter((part) => !known.includes(part)),
    ...argv.filter((a) => a !== '--no-build' && !a.startsWith('--only=')),
  ];
  if (unknown.length)
    throw new Error(
      `Unknown part or flag: ${unknown.join(', ')}. Parts: ${known.join(', ')}; flags: --no-build, --only=`,
    );
  return { build: !argv.includes('--no-build'), parts: new Set(only ?? known) };
}

/** Everything that needs the served site: page weight, Lighthouse, hooks. */
async function measureSite({ build, parts, hooks, results, cleanups }) {
  const base = process.env.BASE_PATH || '/';
  const outDir = build ? path.relative(ROOT, path.join(TMP, 'site')) : process.env.OUT_DIR || 'dist';
  if (build) {
    console.log(`Building the site into ${outDir} (npm run build)…`);
    const env = cleanBuildEnv({ OUT_DIR: outDir, ...(base === '/' ? {} : { BASE_PATH: base }) });
    try {
      const { seconds } = await runCommand('npm', ['run', 'build'], { cwd: ROOT, env });
      results.siteBuild = `\`npm run build\` (astro build + Pagefind + service worker; no type check) took ${seconds.toFixed(1)} s.`;
      console.log(`  built in ${seconds.toFixed(1)} s`);
    } catch (error) {
      const lines = String(error.message).split('\n');
      const reason =
        lines
          .filter((line) => / - error /.test(line))
          .slice(0, 3)
          .join(' / ') || lines.findLast((line) => line.trim());
      results.notes.push(
        `\`npm run build\` failed (${reason || 'see its output'}); measured a plain \`astro build\` instead.`,
      );
      console.log('  npm run build failed; building with `astro build` alone…');
      const { seconds } = await runCommand('npx', ['astro', 'build'], { cwd: ROOT, env });
      results.siteBuild = `\`astro build\` (with Pagefind) took ${seconds.toFixed(1)} s.`;
    }
  } else {
    results.siteBuild = `Measured the existing build in ${outDir}/ (--no-build).`;
  }
  const paths = await readSitemapPaths(path.join(ROOT, outDir), base);
  const pages = await classifyPages(path.join(ROOT, outDir), paths, base);
  console.log(`Pages in the sitemap: ${paths.join(' ')}`);

  const server = await startPreview({ outDir, base });
  cleanups.push(server.stop);
  const origin = new URL(server.baseUrl).origin;
  console.log(`Serving ${outDir} at ${server.baseUrl}`);

  const browser = await launchPlaywright();
  cleanups.push(() => browser.close().catch(() => {}));
  if (parts.has('weight')) {
    console.log('Page weight…');
    results.weights = await measurePageWeights(browser, origin, pages);
  }
  const selectedHooks = hooks.filter((hook) => parts.has(hook.name));
  if (selectedHooks.length) results.hooks = [];
  for (const hook of selectedHooks) {
    console.log(`Hook bench ${hook.name}…`);
    results.hooks.push(await runHook(hook, { baseUrl: server.baseUrl, browser, pages: paths }));
  }
  await browser.close();

  if (parts.has('offline')) {
    console.log('Offline copy…');
    results.offlineCopy = await measureOfflineCopy(path.join(ROOT, outDir));
  }
  if (parts.has('lighthouse')) {
    const audited = pickLighthousePages(pages, base);
    console.log(`Lighthouse (${audited.length} pages × 3 runs)…`);
    results.lighthouse = await runLighthouse(origin, audited);
  }
  if (parts.has('lcp')) {
    const lessons = pages.filter(({ kind }) => kind === 'lesson').slice(0, 2);
    results.lcp = await runLcpComparison({ origin, distDir: path.join(ROOT, outDir), base, lessons });
  }
  await server.stop();
}

async function main() {
  const startedAt = new Date();
  const argv = process.argv.slice(2);
  const hooks = await findHooks();
  const { build, parts } = parseArgs(
    argv,
    hooks.map((hook) => hook.name),
  );
  const results = { errors: [], notes: [] };
  const cleanups = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await rm(TMP, { recursive: true, force: true, maxRetries: 5 });
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  await rm(TMP, { recursive: true, force: true });
  await mkdir(TMP, { recursive: true });
  const versions = await collectVersions();
  const loadAtStart = os.loadavg()[0];
  try {
    if ([...parts].some((part) => part !== 'scaling'))
      await measureSite({ build, parts, hooks, results, cleanups });
    if (parts.has('scaling')) {
      console.log('Build-time scaling…');
      results.scaling = await runBuildScaling();
    }
  } catch (error) {
    results.errors.push(String(error.message ?? error));
    console.error(error);
  } finally {
    await cleanUp();
  }

  if (loadAtStart > os.cpus().length)
    results.notes.push(
      `The machine was shared and busy (load ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores at the start): ` +
        'Lighthouse timings, TBT and build seconds are noisy here; byte and request counts are exact.',
    );
  const budgets = judgeBudgets(results);
  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  const load = `Load average (1 min) on the ${os.cpus().length} cores: ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end.`;
  await writeFile(RESULTS, renderReport({ startedAt, seconds, argv, versions, budgets, load, ...results }));
  printSummary(budgets);
  console.log(`Took ${Math.round(seconds)} s.`);
  process.exitCode = results.errors.length ? 1 : 0;
}

await main();
