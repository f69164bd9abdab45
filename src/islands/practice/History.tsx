import { chartPoints } from '../../lib/practice/chart';
import { newestFirst } from '../../lib/practice/history';
import { chartSummary, formatRunTime, formatSeconds, paceSentence } from '../../lib/practice/messages';
import { measuredPace } from '../../lib/practice/pace';
import type { Practice } from '../../lib/storage/schemas/practice';
import { resetPace } from '../../stores/practice';

interface Props {
  practice: Practice;
  targetSeconds: number;
  Heading: 'h2' | 'h3';
}

/** Runs on the chart and in the table. */
const SHOWN_RUNS = 10;
const WIDTH = 320;
const HEIGHT = 120;
const PADDING = 14;
/** Room on the left for the seconds labels. */
const AXIS = 30;

function Chart({ runs, targetSeconds }: { runs: Practice['runs']; targetSeconds: number }) {
  const oldestFirst = newestFirst(runs).reverse();
  const plot = chartPoints(oldestFirst, {
    width: WIDTH - AXIS,
    height: HEIGHT,
    target: targetSeconds,
    padding: PADDING,
  });
  const bottom = HEIGHT - PADDING;
  const label = (y: number, text: string) => (
    <text class="practice-chart-label" x={AXIS - 4} y={y + 4} text-anchor="end">
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
      <line class="practice-chart-axis" x1={AXIS} x2={AXIS} y1={PADDING} y2={bottom} />
      <line class="practice-chart-axis" x1={AXIS} x2={WIDTH} y1={bottom} y2={bottom} />
      {label(PADDING, `${plot.maxSeconds} s`)}
      {Math.min(plot.targetY - PADDING, bottom - plot.targetY) >= 12 &&
        label(plot.targetY, `${targetSeconds} s`)}
      {label(bottom, '0 s')}
      <g transform={`translate(${AXIS} 0)`}>
        <line class="practice-chart-target" x1={0} x2={WIDTH - AXIS} y1={plot.targetY} y2={plot.targetY} />
        {plot.points.length > 1 && <polyline class="practice-chart-line" points={plot.polyline} />}
        {plot.points.map((point, index) => (
          // Filled when the key facts fit, hollow when not: told apart without colour.
          <circle
            key={index}
            class={oldestFirst[index]?.fit ? 'practice-chart-dot' : 'practice-chart-dot is-miss'}
            cx={point.x}
            cy={point.y}
            r={4.5}
          />
        ))}
      </g>
    </svg>
  );
}

/** The measured pace with its reset, a chart of recent runs and the same runs as a table. */
export default function History({ practice, targetSeconds, Heading }: Props) {
  const recent = newestFirst(practice.runs).slice(0, SHOWN_RUNS);
  const pace = measuredPace(practice.runs, practice.paceSince);
  return (
    <section class="practice-history" aria-labelledby="practice-history-heading">
      <Heading id="practice-history-heading">Your practice runs</Heading>
      <p class="practice-pace">
        {paceSentence(pace.wordsPerMinute, pace.runCount)}
        {pace.wordsPerMinute !== null && '. The script builder uses it for its time estimates.'}
      </p>
      {recent.length > 0 && (
        <p>
          <button type="button" class="button button--quiet" onClick={() => resetPace()}>
            Reset my pace
          </button>
        </p>
      )}
      {recent.length === 0 ? (
        <p class="muted">No runs yet. Each run you finish is saved here, in this browser only.</p>
      ) : (
        <>
          <Chart runs={recent} targetSeconds={targetSeconds} />
          <p class="practice-chart-key" aria-hidden="true">
            <span class="practice-key-dot" /> key facts fit <span class="practice-key-dot is-miss" /> key
            facts over the target. Seconds go up, runs go left to right from oldest to newest; the dashed line
            is your target.
          </p>
          <details class="practice-table">
            <summary>Show the runs as a table</summary>
            <div class="practice-table-scroll">
              <table class="data">
                <caption>
                  Your last {recent.length === 1 ? 'run' : `${recent.length} runs`}, newest first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Time</th>
                    <th scope="col">Words a minute</th>
                    <th scope="col">Key facts fit</th>
                  </tr>
                </thead>
                <tbody>
                  {recent.map((run) => (
                    <tr key={run.id}>
                      <td>
                        {formatRunTime(run.at)}
                        {run.textSource === 'sample' && <span class="muted"> (sample)</span>}
                      </td>
                      <td>{formatSeconds(run.seconds)}</td>
                      <td>{Math.round(run.wordsPerMinute)}</td>
                      <td>{run.fit ? 'Yes' : 'No'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
