import { useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/dates';
import { TEXT_LIMITS } from '../../lib/limits';
import type { Application, ScriptPart } from '../../lib/storage/schemas/application';
import type { ScriptKind } from '../../lib/script/checklist';
import type { ScriptDetails } from '../../lib/script/details';
import { findGaps } from '../../lib/script/gaps';
import type { DayWording } from '../../lib/script/interview-day';
import { fullTextOf, PARTS_OF, type ShownScripts } from '../../lib/script/view';
import Field from '../parts/Field';
import EditedNote from './EditedNote';
import GapList from './GapList';
import ScriptActions from './ScriptActions';
import { useStaleDayWarning } from '../parts/use-stale-day-warning';
import StaleDayNote from './StaleDayNote';
import { textFieldId } from './field-ids';
import { lazyModule, useLazyModule } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';
import { useNearView } from '../parts/use-near-view';

/** What every panel needs: the texts, the details they are checked against, and how to change them. */
export interface PanelContext {
  scripts: ShownScripts;
  details: ScriptDetails;
  /** The day the texts are worded for, and how. */
  wording: DayWording;
  today: IsoDate;
  application: Application | null;
  /** The interviewer's email as typed, good or not: the email link says which it is. */
  interviewerEmail: string;
  onEdit: (part: ScriptPart, text: string) => void;
  onReset: (parts: readonly ScriptPart[]) => void;
  /** Puts back texts just reset. */
  onRestore: (texts: Partial<Record<ScriptPart, string>>) => void;
  Heading: 'h2' | 'h3';
  /** Whether the tool has been used (focus or touch in it): the checks then load even off screen. */
  isUsed: boolean;
}

/** The speaking time and checklist's code, shared by the three panels and loaded once. */
const checksCode = lazyModule(() => import('./PanelChecks'));

const PART_LABELS: Readonly<Record<ScriptPart, string>> = {
  phone: 'Phone call text',
  voicemail: 'Voicemail text',
  emailSubject: 'Email subject',
  emailBody: 'Email body',
};

const ROWS: Readonly<Record<ScriptPart, number>> = {
  phone: 16,
  voicemail: 9,
  emailSubject: 1,
  emailBody: 14,
};

/** One output: its editable text(s), actions, what is still to fill, timing and checklist. */
export default function ScriptPanel(props: PanelContext & { kind: ScriptKind; title: string }) {
  const { kind, title, scripts, details, wording, application, interviewerEmail, onEdit, Heading } = props;
  const [undo, setUndo] = useState<Partial<Record<ScriptPart, string>> | null>(null);
  const parts = PARTS_OF[kind];
  const text = fullTextOf(kind, scripts);
  const SubHeading = Heading === 'h2' ? 'h3' : 'h4';
  const checksBox = useRef<HTMLDivElement>(null);
  const isChecksNear = useNearView(checksBox);
  const checks = useLazyModule(checksCode, isChecksNear || props.isUsed);
  const Checks = checks.loaded?.default;
  const edited = parts.filter((part) => scripts[part].isEdited);
  // Only the user's own words can go stale: generated ones are worded afresh every day.
  const staleWarning = useStaleDayWarning(
    edited.map((part) => scripts[part].text).join('\n'),
    details.interviewDate,
    wording,
    props.today,
  );

  function reset() {
    setUndo(Object.fromEntries(edited.map((part) => [part, scripts[part].text])));
    props.onReset(edited);
  }

  // The undo stays set: the note turns back into "Reset to generated" in the same place, keeping focus.
  function restore() {
    if (undo) props.onRestore(undo);
  }

  return (
    <>
      <EditedNote
        isEdited={edited.length > 0}
        canUndo={undo !== null && edited.length === 0}
        onReset={reset}
        onUndo={restore}
      />
      {parts.map((part) => (
        <Field
          key={part}
          id={textFieldId(part)}
          label={PART_LABELS[part]}
          value={scripts[part].text}
          multiline={part !== 'emailSubject'}
          rows={ROWS[part]}
          maxLength={TEXT_LIMITS.script}
          onInput={(value) => {
            setUndo(null);
            onEdit(part, value);
          }}
        />
      ))}
      <StaleDayNote message={staleWarning} id={`sb-${kind}-stale`} />
      <ScriptActions
        kind={kind}
        describedBy={staleWarning ? `sb-${kind}-stale` : undefined}
        title={title}
        scripts={scripts}
        application={application}
        interviewerEmail={interviewerEmail}
      />
      <GapList gaps={findGaps(text)} />
      <div ref={checksBox}>
        {Checks ? (
          <Checks kind={kind} text={text} details={details} wording={wording} Heading={SubHeading} />
        ) : checks.retry ? (
          <LoadFailed retry={checks.retry} />
        ) : (
          <p class="muted">Loading the speaking time and checklist…</p>
        )}
      </div>
    </>
  );
}
