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

/** The transcript with the key facts marked (in words too) and the fillers underlined. */
function Transcript({ report }: { report: SpeechReport }) {
  const factWords = new Set(report.facts.flatMap((fact) => fact.words));
  const fillers = new Set(report.fillerWords);
  return (
    <p class="practice-transcript">
      {report.words.map((word, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          {factWords.has(index) ? (
            <mark class="key-facts">
              <span class="visually-hidden">key fact: </span>
              {word.text}
            </mark>
          ) : fillers.has(index) ? (
            <span class="practice-filler">
              <span class="visually-hidden">filler: </span>
              {word.text}
            </span>
          ) : (
            word.text
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
