import type { IsoDate } from '../../lib/dates';
import type { ChecklistItem } from '../../lib/script/checklist';
import type { ScriptDetails } from '../../lib/script/details';
import { segmentScript } from '../../lib/script/segments';
import { describeKeyFacts, describeMark, describeSpeakingTime, type Pace } from '../../lib/script/timing';
import {
  checkKeyFactsTiming,
  KEY_FACTS,
  KEY_FACTS_TARGET_SECONDS,
  type KeyFact,
} from '../../lib/script/ten-second-check';

interface Props {
  kind: 'phone' | 'voicemail';
  text: string;
  details: ScriptDetails;
  today: IsoDate;
  pace: Pace;
  items: readonly ChecklistItem[];
  idPrefix: string;
  Heading: 'h3' | 'h4';
}

const TARGET = KEY_FACTS_TARGET_SECONDS;

/** How long the text takes to say; for the voicemail, where 10 seconds falls and whether the key facts beat it. */
export default function TimingNote({ kind, text, details, today, pace, items, idPrefix, Heading }: Props) {
  return (
    <section class="sb-timing" aria-labelledby={`${idPrefix}-timing`}>
      <Heading id={`${idPrefix}-timing`}>Speaking time</Heading>
      <p>{describeSpeakingTime(text, pace)}</p>
      {kind === 'voicemail' && (
        <TenSeconds text={text} details={details} today={today} pace={pace} items={items} />
      )}
    </section>
  );
}

function TenSeconds({
  text,
  details,
  today,
  pace,
  items,
}: Pick<Props, 'text' | 'details' | 'today' | 'pace' | 'items'>) {
  const timing = checkKeyFactsTiming(text, details, today, pace.wordsPerMinute, TARGET);
  const inText = new Set<KeyFact>(
    KEY_FACTS.filter((fact) => items.some((item) => item.id === fact && item.present)),
  );
  const verdict = describeKeyFacts(timing, inText, TARGET);
  return (
    <>
      <p>{describeMark(text, timing.markIndex, TARGET)}</p>
      <p class="sb-readview">
        {segmentScript(text, timing.markIndex, timing.keyFactsEndIndex).map((segment, index) => {
          if (segment.kind === 'mark') {
            return (
              <span key={index} class="sb-mark" role="img" aria-label={`${TARGET}-second mark`}>
                {TARGET} s
              </span>
            );
          }
          // Shaded: the key facts, to the same end the practice timer marks.
          const part = segment.isKeyFacts ? 'sb-key-facts' : undefined;
          return segment.kind === 'gap' ? (
            <span key={index} class={`gap-marker ${part ?? ''}`.trim()}>
              {segment.text}
            </span>
          ) : (
            <span key={index} class={part}>
              {segment.text}
            </span>
          );
        })}
      </p>
      <p role="status" class={`notice ${verdict.fits ? 'notice--success' : 'notice--warning'}`}>
        {verdict.sentence}
      </p>
    </>
  );
}
