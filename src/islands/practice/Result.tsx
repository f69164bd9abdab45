import { formatSeconds, keyFactsSentence } from '../../lib/practice/messages';
import { isCountableRun } from '../../lib/practice/phase';
import type { RunResult } from './use-practice-run';

interface Props {
  result: RunResult;
  Heading: 'h2' | 'h3';
}

/** The last run: total time, pace, whether the key facts fit, and a tip when they did not. */
export default function Result({ result, Heading }: Props) {
  const { summary, targetSeconds, isSaved } = result;
  if (!isCountableRun(summary.seconds)) {
    return (
      <section class="practice-result notice" aria-labelledby="practice-result-heading">
        <Heading id="practice-result-heading">Your last run</Heading>
        <p>
          {formatSeconds(summary.seconds)}: too short to count, so it was not saved. Press Start, read the
          whole voicemail, then Stop.
        </p>
      </section>
    );
  }
  return (
    <section
      class={`practice-result notice ${summary.fit ? 'notice--success' : 'notice--warning'}`}
      aria-labelledby="practice-result-heading"
    >
      <Heading id="practice-result-heading">Your last run</Heading>
      <dl class="practice-figures">
        <div>
          <dt>Total time</dt>
          <dd>{formatSeconds(summary.seconds)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{summary.wordsPerMinute} words a minute</dd>
        </div>
        <div>
          <dt>Key facts</dt>
          <dd>{summary.fit ? `Fit within ${targetSeconds} s` : `Over ${targetSeconds} s`}</dd>
        </div>
      </dl>
      <p>
        <span aria-hidden="true">{summary.fit ? '✓ ' : '⚠ '}</span>
        {keyFactsSentence(summary, targetSeconds)}
      </p>
      {summary.tip && <p class="practice-tip">Tip: {summary.tip}</p>}
      {!isSaved && <p>This run could not be saved in this browser.</p>}
    </section>
  );
}
