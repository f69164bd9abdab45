import type { ComponentType } from 'preact';
import {
  formatSeconds,
  incompleteSentence,
  keyFactsSentence,
  lengthSentence,
} from '../../lib/practice/messages';
import { isCountableRun } from '../../lib/practice/phase';
import type { SpeechReport } from '../../lib/practice/speech/report';
import { describeSaveProblem } from '../../lib/storage/save-result';
import type { RunResult } from './use-practice-run';

interface Props {
  result: RunResult;
  Heading: 'h2' | 'h3';
  /** The "What you said" view, once the speech check's code has loaded. */
  SpeechView: ComponentType<{ report: SpeechReport; targetSeconds: number; Heading: 'h3' | 'h4' }> | null;
}

/** The line under a result about its save: nothing when saved, why not otherwise. */
function SaveNote({ result }: { result: RunResult }) {
  if (result.saved === null || result.saved === 'saved') return null;
  return <p class="practice-save-note">{describeSaveProblem(result.saved, 'your practice runs')}</p>;
}

/** "What you said", or that the check is still finishing. */
function Said({ result, Heading, SpeechView }: Props) {
  const { speech } = result;
  if (speech === null) return null;
  if (speech === 'pending') return <p class="practice-speech-state">Checking what you said…</p>;
  const Sub = Heading === 'h2' ? 'h3' : 'h4';
  return (
    SpeechView && <SpeechView report={speech.report} targetSeconds={result.targetSeconds} Heading={Sub} />
  );
}

/**
 * The last run: the whole time, pace, whether the key facts fit their target and how the
 * whole message compares with a voicemail's usual length; an early stop is not scored.
 */
export default function Result(props: Props) {
  const { result, Heading } = props;
  const { summary, targetSeconds } = result;
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
  if (summary.outcome !== 'complete') {
    return (
      <section class="practice-result notice notice--warning" aria-labelledby="practice-result-heading">
        <Heading id="practice-result-heading">Your last run: incomplete</Heading>
        <dl class="practice-figures">
          <div>
            <dt>Stopped at</dt>
            <dd>{formatSeconds(summary.seconds)}</dd>
          </div>
        </dl>
        <p class="practice-incomplete">
          <span aria-hidden="true">⚠ </span>
          {incompleteSentence(summary.outcome)}
        </p>
        <p>Press Start and read the whole voicemail aloud, then press Stop.</p>
        <SaveNote result={result} />
        <Said {...props} />
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
          <dt>Whole message</dt>
          <dd>{formatSeconds(summary.seconds)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{summary.wordsPerMinute} words a minute</dd>
        </div>
        <div>
          <dt>Key facts</dt>
          <dd>{summary.fit ? `Within ${targetSeconds} s` : `After ${targetSeconds} s`}</dd>
        </div>
      </dl>
      <p>
        <span aria-hidden="true">{summary.fit ? '✓ ' : '⚠ '}</span>
        {keyFactsSentence(summary, targetSeconds)}
      </p>
      <p>{lengthSentence(summary)}</p>
      {summary.tip && <p class="practice-tip">Tip: {summary.tip}</p>}
      <SaveNote result={result} />
      <Said {...props} />
    </section>
  );
}
