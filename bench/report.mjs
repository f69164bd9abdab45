/** bench/RESULTS.md from the measurements, and the summary printed at the end. */
import {
  budgetsSection,
  hookSection,
  lcpSection,
  lighthouseSection,
  offlineSection,
  scalingSection,
  versionsSection,
  weightSection,
} from './report-sections.mjs';

const round = (value) => (value == null ? '–' : Number(value).toFixed(0));

/** The whole RESULTS.md. */
export function renderReport({
  startedAt,
  seconds,
  argv,
  versions,
  budgets,
  weights,
  lighthouse,
  scaling,
  hooks,
  offlineCopy,
  lcp,
  errors,
  notes,
  siteBuild,
  load,
}) {
  return [
    '# Callback Coach: bench results',
    '',
    `Measured ${startedAt.toISOString()} with \`npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}\` in ${round(seconds)} s.`,
    ...(siteBuild ? [siteBuild] : []),
    ...(load
      ? [`${load} Timings (build seconds, TBT) rise when other work shares the machine; byte counts do not.`]
      : []),
    'Written by bench/run.mjs; see bench/hooks.mjs for adding a section. A measurement, not a test: a FAIL',
    'means the site must change to meet its budget (issues 8 and 15). The byte budgets are also a test',
    '(tests/build/budgets.test.ts), which fails `npm test`.',
    '',
    ...(errors.length ? ['**Errors:** ' + errors.join('; '), ''] : []),
    ...notes.map((note) => `**Note:** ${note}\n`),
    versionsSection(versions),
    '',
    budgetsSection(budgets),
    ...(weights ? ['', weightSection(weights)] : []),
    ...(offlineCopy ? ['', offlineSection(offlineCopy, weights)] : []),
    ...(lighthouse ? ['', lighthouseSection(lighthouse)] : []),
    ...(lcp ? ['', lcpSection(lcp)] : []),
    ...(scaling ? ['', scalingSection(scaling)] : []),
    ...(hooks ?? []).flatMap((hook) => ['', hookSection(hook)]),
    '',
  ].join('\n');
}

/** The console summary: every budget, FAIL lines marked so they stand out. */
export function printSummary(budgets) {
  console.log('\nBudgets:');
  for (const b of budgets) {
    const mark = b.pass === null ? '  n/a ' : b.pass ? '  PASS' : '✗ FAIL';
    console.log(`${mark}  ${b.name} — ${b.subject}: ${b.measured} (limit ${b.limit})`);
  }
  const failed = budgets.filter((b) => b.pass === false).length;
  console.log(
    failed
      ? `\n${failed} budget(s) FAIL. See bench/RESULTS.md.`
      : '\nEvery budget passes. See bench/RESULTS.md.',
  );
}
