/** The sections of bench/RESULTS.md, one function a part of the bench. */
import { BUILDS, LINEAR_FACTOR } from './build-scaling.mjs';
import { RUNS } from './lighthouse.mjs';
import { kb, objectTable, table, verdict } from './markdown.mjs';

/** A script's file name without Astro's long suffix for component scripts. */
const shortName = (scriptPath) =>
  scriptPath
    .split('/')
    .pop()
    .replace(/\.astro_astro_type_script_index_\d+_lang/, '.astro-script');

const round = (value, digits = 0) => (value == null ? '–' : Number(value).toFixed(digits));

/** The versions table. */
export function versionsSection(versions) {
  return ['## Versions', '', table(['Tool', 'Version'], Object.entries(versions))].join('\n');
}

/** Every budget with PASS / FAIL, and the counts. */
export function budgetsSection(budgets) {
  const count = (pass) => budgets.filter((b) => b.pass === pass).length;
  return [
    '## Budgets',
    '',
    `${count(true)} PASS, ${count(false)} FAIL${count(null) ? `, ${count(null)} not applicable` : ''}.`,
    '',
    table(
      ['Budget', 'Page / subject', 'Measured', 'Limit', 'Result'],
      budgets.map((b) => [b.name, b.subject, b.measured, b.limit, verdict(b.pass)]),
    ),
  ].join('\n');
}

/** One table row a page for the `before` or `afterSearch` totals. */
function weightRows(weights, state) {
  return weights.map((w) => {
    const s = w[state];
    if (!s) return [w.path, w.kind, w.error ?? w.searchError ?? 'not measured', '', '', '', '', '', '', ''];
    return [
      w.path,
      w.kind,
      kb(s.jsRaw),
      kb(s.jsGzip),
      kb(s.cssRaw),
      kb(s.cssGzip),
      kb(s.totalRaw),
      kb(s.totalGzip),
      s.requests,
      '',
    ];
  });
}

/** Page weight before interaction and after search, and the heaviest scripts. */
export function weightSection(weights) {
  const header = [
    'Page',
    'Kind',
    'JS raw',
    'JS gzip',
    'CSS raw',
    'CSS gzip',
    'Total raw',
    'Total gzip',
    'Requests',
    'Note',
  ];
  const heaviest = weights
    .filter((w) => w.scripts)
    .map((w) => [
      w.path,
      w.scripts
        .slice(0, 4)
        .map((s) => `${shortName(s.path)} ${kb(s.gzip)}`)
        .join(', ') || '–',
      kb(w.before.inlineJsGzip),
    ]);
  return [
    '## Page weight',
    '',
    'Every page in the built sitemap plus the home page, each in a fresh Chromium context (empty cache).',
    '"Before" is after the load event and 500 ms without network activity, before any interaction; "after',
    'search" is the running total once the header search field is focused, "voicemail" typed and results',
    'shown. Sizes in KB (1024 bytes), response bodies only. Raw is the decoded body; `astro preview` does not',
    'compress, so gzip is computed with zlib (level 6) for JavaScript, CSS and HTML, and other files',
    '(Pagefind index chunks, already compressed, and WebAssembly) count as served. JS includes inline scripts.',
    'Kind `lesson-tool` is a lesson with a tool embedded in it, measured before the tool scrolls into view.',
    'tests/build/budgets.test.ts computes the same figures from the built files (bench/static-weight.mjs).',
    '',
    '### Before any interaction',
    '',
    table(header, weightRows(weights, 'before')),
    '',
    '### After opening search once (totals since load)',
    '',
    table(header, weightRows(weights, 'afterSearch')),
    '',
    '### Heaviest scripts before interaction (gzip KB)',
    '',
    table(['Page', 'Largest script files', 'Inline JS'], heaviest),
  ].join('\n');
}

/** Lighthouse scores and metrics, main-thread work, and the audits that cost points. */
export function lighthouseSection(reports) {
  const rows = reports.map((r) =>
    r.performance == null
      ? [r.path, r.error, '', '', '', '', '', '', '', '']
      : [
          r.path,
          r.performance,
          r.accessibility,
          r.bestPractices,
          r.seo,
          round(r.lcpMs),
          round(r.tbtMs),
          round(r.cls, 3),
          r.perfRuns.join(' / '),
          round(r.benchmarkIndex),
        ],
  );
  const losing = reports.flatMap((r) =>
    (r.losing ?? []).map((a) => [
      r.path,
      a.category,
      a.weighted ? 'scored' : 'insight',
      `\`${a.id}\``,
      a.title,
      a.displayValue,
      `${a.runs}/${r.runs}`,
    ]),
  );
  return [
    '## Lighthouse',
    '',
    `Lighthouse's default (mobile) config: emulated phone, simulated slow 4G and 4× CPU slowdown. ${RUNS} runs a page;`,
    'each number is the median of the runs ("Perf runs" lists each run\'s Performance score). LCP and TBT in ms.',
    'Pages: home, one lesson, and every tool page, the tools index and /my-data/ in the sitemap.',
    `Settings Lighthouse reported: ${[...new Set(reports.map((r) => r.settings).filter(Boolean))].join('; ') || 'none'}.`,
    '',
    "CPU index is Lighthouse's benchmarkIndex (median): how fast this machine ran during the runs; a low one",
    '(other work on the 2 shared cores) lengthens the simulated TBT and can cost Performance points.',
    '',
    table(
      [
        'Page',
        'Performance',
        'Accessibility',
        'Best Practices',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
        'Perf runs',
        'CPU index',
      ],
      rows,
    ),
    '',
    '### Main thread (the run with the median Performance score)',
    '',
    'Mobile-throttled main-thread time and the longest tasks with their source ("Unattributable" is work',
    'Chromium does not tie to a script: layout, style, and time lost to a busy machine).',
    '',
    table(
      ['Page', 'Main-thread work', 'Longest tasks'],
      reports.filter((r) => r.mainThread).map((r) => [r.path, r.mainThread.work, r.mainThread.longTasks]),
    ),
    '',
    '### Audits that cost points',
    '',
    'For each category under 100: its scored audits that did not pass, and for Performance also the insights',
    'and diagnostics Lighthouse flagged (these carry no weight of their own but explain the metrics).',
    '',
    losing.length
      ? table(['Page', 'Category', 'Kind', 'Audit id', 'Title', 'Value', 'Runs'], losing)
      : 'None: every category scored 100 on every run.',
  ].join('\n');
}

/** Build-time scaling: the builds, the rule and the verdict. */
export function scalingSection(scaling) {
  const rows = scaling.rows.map((r) =>
    r.error
      ? [r.lessons, '', '', 'failed', r.error.split('\n')[0], '', '', '']
      : [
          r.lessons,
          r.pages,
          r.indexed,
          round(r.seconds, 1),
          round(r.msPerPage),
          round(r.cpuSeconds, 1),
          round(r.cpuMsPerPage),
          r.times.map((t, i) => `${t.toFixed(1)}/${r.cpuTimes[i]?.toFixed(1) ?? '–'}`).join(', '),
        ],
  );
  const { middle, largest } = scaling;
  const verdictLine =
    scaling.ratio == null
      ? 'Verdict: **not measured** (a build failed).'
      : `Verdict: **${scaling.pass ? 'linear or better' : 'worse than linear'}**: ${scaling.judged} ms/page at ${largest} lessons is ` +
        `${scaling.ratio.toFixed(2)} × ${scaling.judged} ms/page at ${middle} (wall clock: ${round(scaling.wallRatio, 2)} ×). ` +
        `Each page added between ${middle} and ${largest} lessons cost ${round(scaling.marginalCpuMs)} ms of CPU (${round(scaling.marginalMs)} ms wall).`;
  return [
    '## Build-time scaling',
    '',
    'A copy of the project with its lessons replaced by N synthetic ones (~500 words, `##` headings, key',
    'takeaways), timed from start to end of `npx astro build` (no `astro check`), Pagefind index included.',
    `${BUILDS} builds a size, each from cold caches (dist, .astro and node_modules/.astro and .vite removed); their`,
    'median is shown. Pages are all HTML files written (lessons plus home, sources and any other pages). CPU is',
    "user + system time of the build's whole process tree (Astro, esbuild, Pagefind).",
    '',
    table(
      [
        'Lessons',
        'Pages',
        'Pagefind pages',
        'Wall s',
        'Wall ms/page',
        'CPU s',
        'CPU ms/page',
        'Each build (wall/CPU s)',
      ],
      rows,
    ),
    '',
    `Rule: "linear or better" when CPU ms/page at ${largest} lessons ≤ ${LINEAR_FACTOR} × CPU ms/page at ${middle} lessons`,
    '(wall-clock ms/page where CPU time cannot be read). CPU time is judged because wall time on a shared',
    'machine also measures whatever else runs on it.',
    '',
    verdictLine,
  ].join('\n');
}

/** A hook bench's table and notes, or its error. */
export function hookSection(hook) {
  return [
    `## ${hook.title}`,
    '',
    hook.error ? `**Failed:** ${hook.error}` : objectTable(hook.rows),
    ...(hook.notes ? ['', hook.notes] : []),
  ].join('\n');
}

/** The offline copy: what a first visit transfers besides the page. */
export function offlineSection(copy, weights) {
  const home = weights?.find((w) => w.kind === 'home' && w.before);
  const firstVisit = home ? home.before.totalGzip + copy.worker + copy.gzip : null;
  return [
    '## First visit and the offline copy',
    '',
    'Every file the service worker precaches (its manifest in sw.js), at the size a static host sends it:',
    'gzip (level 6) for text, as stored for files already compressed (Pagefind index and engine, images).',
    'The first visit is the home page before interaction, then sw.js, then the copy: an upper bound, since',
    'files the page already loaded can come from the HTTP cache.',
    '',
    table(
      [
        'Files',
        'Raw',
        'Served (gzip)',
        'Pages',
        'Scripts',
        'Styles',
        'Search',
        'Other',
        'sw.js',
        'First visit in all',
      ],
      [
        [
          copy.files,
          kb(copy.raw),
          kb(copy.gzip),
          kb(copy.groups.pages),
          kb(copy.groups.scripts),
          kb(copy.groups.styles),
          kb(copy.groups.search),
          kb(copy.groups.other),
          kb(copy.worker),
          firstVisit == null ? 'home not measured' : kb(firstVisit),
        ],
      ],
    ),
  ].join('\n');
}

/** Lesson LCP and FCP beside the same lessons without JavaScript. */
export function lcpSection(lcp) {
  const rows = lcp.site.map((report, i) => [
    report.path,
    round(report.fcpMs),
    round(report.lcpMs),
    round(lcp.zeroJs[i]?.fcpMs),
    round(lcp.zeroJs[i]?.lcpMs),
  ]);
  return [
    '## Lesson LCP beside a zero-JavaScript page',
    '',
    'Lighthouse mobile (simulated throttling), median of 3 runs a page, in the same run: the lessons as built,',
    "and the same lesson HTML with every script removed (the zero-JavaScript baseline, served by the bench's",
    'static server). Starlight: not measured; no Starlight site can be built on this machine without the network.',
    '',
    table(['Lesson', 'FCP', 'LCP', 'FCP without JS', 'LCP without JS'], rows),
    '',
    `Medians: LCP ${round(lcp.siteMs)} ms here, ${round(lcp.zeroJsMs)} ms without JavaScript ` +
      `(${(lcp.siteMs / lcp.zeroJsMs).toFixed(2)} ×); FCP ${round(lcp.siteFcpMs)} and ${round(lcp.zeroJsFcpMs)} ms.`,
  ].join('\n');
}
