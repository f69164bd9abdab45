/**
 * The budgets from issue 8, judged against the measurements. Each check is
 * `{ name, subject, measured, limit, pass }`; `pass` is null when there was nothing to
 * judge (say, no tool pages built yet).
 */
import { LINEAR_FACTOR } from './build-scaling.mjs';

/** JavaScript budgets in bytes of gzip (1 KB = 1024 bytes). */
export const LESSON_JS_GZIP = 6 * 1024;
export const TOOL_JS_GZIP = 20 * 1024;
/** Lighthouse minimum scores. */
export const MIN_SCORES = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Page-weight budgets: lessons ≤ 6 KB and tool pages ≤ 20 KB gzip JS before any
 * interaction. A lesson that embeds a tool (kind `lesson-tool`) is held to the tool
 * budget, as the developers' guide sets it: 6 KB is for "a lesson without a tool".
 */
function weightChecks(weights) {
  const checks = [];
  for (const [kind, limit, name] of [
    ['lesson', LESSON_JS_GZIP, 'Lesson JS before search'],
    ['tool', TOOL_JS_GZIP, 'Tool page JS'],
    ['lesson-tool', TOOL_JS_GZIP, 'Lesson with a tool, JS'],
  ]) {
    const pages = weights.filter((w) => w.kind === kind);
    if (pages.length === 0)
      checks.push({
        name,
        subject: `no ${kind} pages built`,
        measured: '–',
        limit: `≤ ${kb(limit)} gzip`,
        pass: null,
      });
    for (const page of pages) {
      checks.push(
        page.error
          ? {
              name,
              subject: page.path,
              measured: `not measured: ${page.error}`,
              limit: `≤ ${kb(limit)} gzip`,
              pass: false,
            }
          : {
              name,
              subject: page.path,
              measured: `${kb(page.before.jsGzip)} gzip`,
              limit: `≤ ${kb(limit)} gzip`,
              pass: page.before.jsGzip <= limit,
            },
      );
    }
  }
  return checks;
}

/** Lighthouse budgets: one check a page and category. */
function lighthouseChecks(reports) {
  const labels = {
    performance: 'Performance',
    accessibility: 'Accessibility',
    bestPractices: 'Best Practices',
    seo: 'SEO',
  };
  const checks = [];
  for (const report of reports) {
    for (const [key, min] of Object.entries(MIN_SCORES)) {
      const name = `Lighthouse ${labels[key]}`;
      const limit = min === 100 ? '= 100' : `≥ ${min}`;
      const score = report[key];
      checks.push(
        score == null
          ? { name, subject: report.path, measured: `not measured: ${report.error}`, limit, pass: false }
          : {
              name,
              subject: report.path,
              measured:
                key === 'performance'
                  ? `${score} (CPU index ${Math.round(report.benchmarkIndex)})`
                  : String(score),
              limit,
              pass: score >= min,
            },
      );
    }
  }
  return checks;
}

/** The build-scaling budget. */
function scalingCheck(scaling) {
  const limit = `${scaling.judged} ms/page at ${scaling.largest} ≤ ${LINEAR_FACTOR} × at ${scaling.middle}`;
  const measured = scaling.ratio == null ? 'build failed' : `${scaling.ratio.toFixed(2)} ×`;
  return {
    name: 'Build cost grows no worse than linearly',
    subject: 'astro build + Pagefind',
    measured,
    limit,
    pass: scaling.pass,
  };
}

/** Every budget for the parts that ran. */
export function judgeBudgets({ weights, lighthouse, scaling, hooks }) {
  return [
    ...(weights ? weightChecks(weights) : []),
    ...(lighthouse ? lighthouseChecks(lighthouse) : []),
    ...(scaling ? [scalingCheck(scaling)] : []),
    ...(hooks ?? []).flatMap((hook) => hook.budgets),
  ];
}
