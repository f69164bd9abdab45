import { chartPoints } from '../../lib/practice/chart';
import { newestFirst } from '../../lib/practice/history';
import { chartSummary, formatRunTime } from '../../lib/practice/chart-messages';
import { formatSeconds, VOICEMAIL_RANGE_LABEL } from '../../lib/practice/messages';
import type { PracticeRun } from '../../lib/storage/schemas/practice';
import { useDateLocale } from '../parts/use-date-locale';

interface Props {
  /** The runs shown, newest first. */
  runs: PracticeRun[];
  targetSeconds: number;
}

const WIDTH = 300;
const HEIGHT = 150;
const PADDING = 12;
/** Room on the left for the seconds labels. */
const AXIS = 44;

function Chart({ runs, targetSeconds }: Props) {
  const oldestFirst = newestFirst(runs).reverse();
  const plot = chartPoints(oldestFirst, { width: WIDTH - AXIS, height: HEIGHT, padding: PADDING });
  const bottom = HEIGHT - PADDING;
  const label = (y: number, text: string) => (
    <text class="practice-chart-label" x={AXIS - 6} y={y + 4} text-anchor="end">
      {text}
    </text>
  );
  return (
    <svg
      class="practice-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={chartSummary(oldestFirst, targetSeconds)}
    >
      <rect
        class="practice-chart-band"
        x={AXIS}
        width={WIDTH - AXIS}
        y={plot.bandTopY}
        height={Math.max(0, plot.bandBottomY - plot.bandTopY)}
      />
      <line class="practice-chart-axis" x1={AXIS} x2={AXIS} y1={PADDING} y2={bottom} />
      <line class="practice-chart-axis" x1={AXIS} x2={WIDTH} y1={bottom} y2={bottom} />
      {plot.bandTopY - PADDING >= 14 && label(PADDING, `${plot.maxSeconds} s`)}
      {label(plot.bandTopY, '40 s')}
      {label(plot.bandBottomY, '20 s')}
      {bottom - plot.bandBottomY >= 14 && label(bottom, '0 s')}
      <g transform={`translate(${AXIS} 0)`}>
        {plot.points.length > 1 && <polyline class="practice-chart-line" points={plot.polyline} />}
        {plot.points.map((point, index) => (
          // Filled when the key facts fit, hollow when not: told apart without colour.
          <circle
            key={index}
            class={point.fit ? 'practice-chart-dot' : 'practice-chart-dot is-miss'}
            cx={point.x}
            cy={point.y}
            r={5}
          />
        ))}
      </g>
    </svg>
  );
}

/** What the "Key facts" cell says: fit, missed, or not scored. */
function keyFactsCell(run: PracticeRun): string {
  if (run.outcome !== 'complete') return 'Incomplete: not scored';
  return run.fit ? 'Yes' : 'No';
}

/** Recent runs as a chart of whole-message times and as a table; loaded when history is in view. */
export default function HistoryRuns({ runs, targetSeconds }: Props) {
  const locale = useDateLocale();
  return (
    <>
      <Chart runs={runs} targetSeconds={targetSeconds} />
      <p class="practice-chart-key" aria-hidden="true">
        Whole message, in seconds, oldest run on the left. The band is the {VOICEMAIL_RANGE_LABEL} a voicemail
        usually takes. <span class="practice-key-dot" /> key facts within {targetSeconds} s{' '}
        <span class="practice-key-dot is-miss" /> key facts later. Incomplete runs are not plotted.
      </p>
      <details class="practice-table">
        <summary>Show the runs as a table</summary>
        <div class="practice-table-scroll">
          <table class="data">
            <caption>Your last {runs.length === 1 ? 'run' : `${runs.length} runs`}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Length</th>
                <th scope="col">Pace (wpm)</th>
                <th scope="col">Key facts by {targetSeconds} s</th>
                <th scope="col">Heard by {targetSeconds} s</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>
                    {formatRunTime(run.at, undefined, locale)}
                    {run.textSource === 'sample' && <span class="muted"> (sample)</span>}
                  </td>
                  <td class="practice-num">{formatSeconds(run.seconds)}</td>
                  <td class="practice-num">
                    {run.outcome === 'complete' ? Math.round(run.wordsPerMinute) : '–'}
                  </td>
                  <td>{keyFactsCell(run)}</td>
                  <td class="practice-num">{run.check ? `${run.check.inTime} of 3` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
