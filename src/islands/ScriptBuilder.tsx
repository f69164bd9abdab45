/**
 * The script builder: the user's details in, the phone script, voicemail and email
 * out, each checked, timed and editable. Works on the profile and the active
 * application; the decisions live in lib/script/ (form.ts, view.ts, timing.ts).
 */
import { useRef } from 'preact/hooks';
import '../styles/tools.css';
import '../styles/print-script.css';
import './script-builder/script-builder.css';
import type { ScriptPart } from '../lib/storage/schemas/application';
import { wordingFor } from '../lib/script/call-day';
import { editToSave, showScripts } from '../lib/script/view';
import { ensureActiveApplication, setScript } from '../stores/applications';
import { useDateLocale } from './parts/use-date-locale';
import { useFirstUse } from './parts/use-first-use';
import AppliesTo from './script-builder/AppliesTo';
import DetailsForm from './script-builder/DetailsForm';
import ScriptTabs from './script-builder/ScriptTabs';
import { usePlannedDay } from './script-builder/use-planned-day';
import { useScriptForm } from './script-builder/use-script-form';
import WriteBlockNotice from './parts/WriteBlockNotice';

interface Props {
  /** Level of the tool's own headings: 2 on the tool page, 3 inside a lesson. */
  headingLevel?: 2 | 3;
}

/** Your details once; your phone script, voicemail and follow-up email from them. */
export default function ScriptBuilder({ headingLevel = 2 }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const form = useScriptForm(root);
  const locale = useDateLocale();
  // Worded for the day the texts will be read out: the planned call day.
  const planned = usePlannedDay(form.application, form.today);
  const wording = wordingFor(planned ?? null, form.today, locale);
  const scripts = showScripts(form.details, form.application?.scripts ?? {}, wording);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Focus or a touch in the tool: parts below the screen load then, as they may be tabbed to.
  const [isUsed, use] = useFirstUse();

  const edit = (part: ScriptPart, text: string) =>
    setScript(ensureActiveApplication(), part, editToSave(text, scripts[part].generated));
  const reset = (parts: readonly ScriptPart[]) => {
    if (form.application) for (const part of parts) setScript(form.application.id, part, null);
  };
  const restore = (texts: Partial<Record<ScriptPart, string>>) => {
    for (const [part, text] of Object.entries(texts)) edit(part as ScriptPart, text);
  };

  return (
    <div class="tool script-builder" ref={root} data-pagefind-ignore="" onFocusIn={use} onPointerDown={use}>
      <AppliesTo application={form.application} />
      <WriteBlockNotice name="applications" what="your interviews" />
      <WriteBlockNotice name="profile" what="your contact details" />
      <div class="sb-layout">
        <DetailsForm
          values={form.values}
          errors={form.errors}
          onInput={form.input}
          onLeave={form.leave}
          Heading={Heading}
        />
        <ScriptTabs
          scripts={scripts}
          details={form.details}
          wording={wording}
          today={form.today}
          application={form.application}
          interviewerEmail={form.values.interviewerEmail}
          onEdit={edit}
          onReset={reset}
          onRestore={restore}
          Heading={Heading}
          isUsed={isUsed}
        />
      </div>
    </div>
  );
}
