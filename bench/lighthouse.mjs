/**
 * Lighthouse, through its Node API with its default config (the mobile preset: a Moto
 * G-class screen, simulated slow 4G and 4x CPU slowdown), driving a Chromium this bench
 * starts itself (chrome-launcher does not work here). Three runs a page; each metric is
 * the median of the three. Audits that cost points are kept with how many runs failed them.
 */
import lighthouse from 'lighthouse';
import { launchDebuggable } from './chromium.mjs';
import { median } from './median.mjs';

/** Runs a page, for the median. */
export const RUNS = 3;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The audits that cost a category points in one report: id, title and what Lighthouse shows. */
function losingAudits(lhr) {
  const losing = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const isInsight = ref.group === 'insights' || ref.group === 'diagnostics';
      if (ref.weight === 0 && !(id === 'performance' && isInsight)) continue;
      losing.push({
        category: id,
        id: ref.id,
        title: audit.title,
        displayValue: audit.displayValue ?? '',
        weighted: ref.weight > 0,
      });
    }
  }
  return losing;
}

/** A long task's source: a script's file name, "page" for the document, or Lighthouse's label. */
function sourceName(url) {
  if (!URL.canParse(url)) return String(url);
  const { pathname } = new URL(url);
  return pathname.endsWith('/') ? 'page' : pathname.split('/').pop();
}

/** Where the main thread went in one report: total, top groups, and the longest tasks by source. */
function mainThread(lhr) {
  const work = lhr.audits['mainthread-work-breakdown'];
  const groups = (work?.details?.items ?? [])
    .slice(0, 2)
    .map((item) => `${item.groupLabel ?? item.group} ${Math.round(item.duration)} ms`);
  const tasks = (lhr.audits['long-tasks']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => `${sourceName(item.url)} ${Math.round(item.duration)} ms`);
  return {
    work: [work?.displayValue, ...groups].filter(Boolean).join(', '),
    longTasks: tasks.join(', ') || 'none',
  };
}

/** One Lighthouse run of `url` against the browser on `port`; returns the scores and metrics. */
async function runOnce(url, port) {
  const result = await lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    disableFullPageScreenshot: true,
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id) =>
    lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
  return {
    version: lhr.lighthouseVersion,
    settings: `${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling`,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? null,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    mainThread: mainThread(lhr),
    losing: losingAudits(lhr),
  };
}

/** Median of each number over the runs, and each losing audit with the count of runs it lost in. */
function combine(runs) {
  const keys = [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'fcpMs',
    'lcpMs',
    'tbtMs',
    'cls',
    'benchmarkIndex',
  ];
  const combined = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
  const losing = new Map();
  for (const run of runs) {
    for (const audit of run.losing) {
      const key = `${audit.category}/${audit.id}`;
      const seen = losing.get(key) ?? { ...audit, runs: 0 };
      seen.runs++;
      losing.set(key, seen);
    }
  }
  const medianRun = [...runs].sort((a, b) => a.performance - b.performance)[
    Math.floor((runs.length - 1) / 2)
  ];
  return {
    ...combined,
    mainThread: medianRun.mainThread,
    runs: runs.length,
    perfRuns: runs.map((r) => r.performance),
    losing: [...losing.values()],
    version: runs[0]?.version,
    settings: runs[0]?.settings,
  };
}

/**
 * Audit each page `RUNS` times; a page that errors is reported with its error.
 * @param {string} origin
 * @param {{ path: string, kind: string }[]} pages
 */
export async function runLighthouse(origin, pages) {
  const browser = await launchDebuggable();
  const results = [];
  try {
    for (const { path, kind } of pages) {
      const runs = [];
      let error = null;
      for (let i = 0; i < RUNS; i++) {
        try {
          runs.push(await runOnce(origin + path, browser.port));
        } catch (caught) {
          error = String(caught.message ?? caught).split('\n')[0];
        }
      }
      const result = runs.length ? { path, kind, ...combine(runs), error } : { path, kind, error };
      results.push(result);
      console.log(
        `  lighthouse ${path}: ` +
          (runs.length
            ? `perf ${result.performance} a11y ${result.accessibility} bp ${result.bestPractices} seo ${result.seo}`
            : error),
      );
    }
  } finally {
    await browser.close();
  }
  return results;
}
