/**
 * What a panel says about its text below the actions: the speaking time at the user's
 * measured pace (with the 10-second check for the voicemail) and the course's checklist.
 * Loaded when it comes near the screen or the tool is used (ScriptPanel.tsx), not with
 * the page: the text and its actions come first.
 */
import { useStore } from '@nanostores/preact';
import { checkScript, type ScriptKind } from '../../lib/script/checklist';
import type { ScriptDetails } from '../../lib/script/details';
import { measuredPace } from '../../lib/practice/pace';
import type { DayWording } from '../../lib/script/interview-day';
import { choosePace } from '../../lib/script/timing';
import { $practice } from '../../stores/practice';
import Checklist from './Checklist';
import TimingNote from './TimingNote';

interface Props {
  kind: ScriptKind;
  /** The whole text of the panel, as shown. */
  text: string;
  details: ScriptDetails;
  /** The day the text is worded for, and how. */
  wording: DayWording;
  Heading: 'h3' | 'h4';
}

/** Speaking time (phone and voicemail) and checklist of one panel's text. */
export default function PanelChecks({ kind, text, details, wording, Heading }: Props) {
  // Timed at the pace measured by the practice timer, when it has measured one.
  const practice = useStore($practice);
  const pace = choosePace(measuredPace(practice.runs, practice.paceSince).wordsPerMinute);
  const items = checkScript(kind, text, details, wording);
  return (
    <>
      {kind !== 'email' && (
        <TimingNote
          kind={kind}
          text={text}
          details={details}
          today={wording.day}
          pace={pace}
          items={items}
          idPrefix={`sb-${kind}`}
          Heading={Heading}
        />
      )}
      <Checklist items={items} idPrefix={`sb-${kind}`} Heading={Heading} />
    </>
  );
}
