import { Fragment } from 'preact';
import {
  fillerSentence,
  heardLabel,
  inTimeSentence,
  NOTHING_HEARD,
} from '../../../lib/practice/speech/messages';
import type { SpeechReport } from '../../../lib/practice/speech/report';

interface Props {
  report: SpeechReport;
  targetSeconds: number;
  Heading: 'h3' | 'h4';
}

/** Runs of words: each a fact's words together, a filler, or plain words. */
function pieces(report: SpeechReport): { kind: 'fact' | 'filler' | 'plain'; text: string }[] {
  const factWords = new Set(report.facts.flatMap((fact) => fact.words));
  const fillers = new Set(report.fillerWords);
  const out: { kind: 'fact' | 'filler' | 'plain'; text: string }[] = [];
  report.words.forEach((word, index) => {
    const kind = factWords.has(index) ? 'fact' : fillers.has(index) ? 'filler' : 'plain';
    const last = out.at(-1);
    // Words of one fact side by side share one mark: "Jordan Lee", not "Jordan" "Lee".
    if (last && last.kind === kind && kind !== 'filler') last.text += ` ${word.text}`;
    else out.push({ kind, text: word.text });
  });
  return out;
}

/** The transcript with the key facts marked (in words too) and the fillers underlined. */
function Transcript({ report }: { report: SpeechReport }) {
  return (
    <p class="practice-transcript">
      {pieces(report).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          {piece.kind === 'fact' ? (
            <mark class="key-facts">
              <span class="visually-hidden">key fact: </span>
              {piece.text}
            </mark>
          ) : piece.kind === 'filler' ? (
            <span class="practice-filler">
              <span class="visually-hidden">filler: </span>
              {piece.text}
            </span>
          ) : (
            piece.text
          )}
        </Fragment>
      ))}
    </p>
  );
}

/** "What you said": each key fact heard (when) or not, the 10-second verdict, fillers and the transcript. */
export default function SpeechResult({ report, targetSeconds, Heading }: Props) {
  if (report.words.length === 0) {
    return (
      <section class="practice-said" aria-labelledby="practice-said-heading">
        <Heading id="practice-said-heading">What you said</Heading>
        <p>{NOTHING_HEARD}</p>
      </section>
    );
  }
  return (
    <section class="practice-said" aria-labelledby="practice-said-heading">
      <Heading id="practice-said-heading">What you said</Heading>
      <ul class="practice-facts">
        {report.facts.map((fact) => (
          <li key={fact.fact} class={fact.seconds === null ? 'is-missed' : undefined}>
            <span aria-hidden="true">{fact.seconds === null ? '✗ ' : '✓ '}</span>
            {fact.label}: {heardLabel(fact)}
          </li>
        ))}
      </ul>
      <p>{inTimeSentence(report, targetSeconds)}</p>
      <p>{fillerSentence(report.fillers)}</p>
      <details class="practice-transcript-box" open>
        <summary>Transcript (key facts marked)</summary>
        <Transcript report={report} />
      </details>
    </section>
  );
}
