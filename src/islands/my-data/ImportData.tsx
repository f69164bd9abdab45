import { useEffect, useRef, useState } from 'preact/hooks';
import { describeData, parseImport, type DataSnapshot } from '../../lib/storage/export';
import { checkImportSize, describeProfile } from '../../lib/storage/my-data-view';
import { replaceAllData } from '../../stores/my-data';
import { applyTheme } from './apply-theme';

interface Props {
  /** What is stored now, to compare with the file. */
  current: DataSnapshot;
  lessonSlugs: readonly string[];
  onReplaced: () => void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; data: DataSnapshot; fileName: string }
  | { kind: 'done'; message: string };

const FIELD_ID = 'import-file';

/** "Import data": read a file, say what is wrong or what would change, and replace only once confirmed. */
export default function ImportData({ current, lessonSlugs, onReplaced }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const doneNote = useRef<HTMLParagraphElement>(null);
  const reading = useRef(0);
  const describe = (data: DataSnapshot) =>
    `${describeData(data, lessonSlugs)}; details: ${describeProfile(data.profile)}`;

  useEffect(() => {
    if (step.kind === 'preview') previewTitle.current?.focus();
    else if (step.kind === 'done') doneNote.current?.focus();
  }, [step]);

  async function choose() {
    const file = input.current?.files?.[0];
    const request = ++reading.current;
    if (!file) return setStep({ kind: 'idle' });
    const tooBig = checkImportSize(file.size);
    if (tooBig) return setStep({ kind: 'error', message: tooBig });
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    // A second file chosen while the first was being read wins.
    if (request !== reading.current) return;
    const result = text
      ? parseImport(text, lessonSlugs)
      : { ok: false as const, error: 'This file is empty or could not be read. Choose it again.' };
    setStep(
      result.ok
        ? { kind: 'preview', data: result.data, fileName: file.name }
        : { kind: 'error', message: result.error },
    );
  }

  function replace(data: DataSnapshot, fileName: string) {
    let saved: boolean;
    try {
      saved = replaceAllData(data);
    } catch {
      return setStep({
        kind: 'error',
        message: 'The data in this file could not be used. Nothing was changed.',
      });
    }
    applyTheme(data.settings.theme);
    if (input.current) input.current.value = '';
    onReplaced();
    setStep({
      kind: 'done',
      message: saved
        ? `Done: your data now comes from ${fileName}.`
        : `Imported from ${fileName}, but this browser is not saving it: it lasts until you close this tab.`,
    });
  }

  function cancel() {
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
    setStep({ kind: 'idle' });
  }

  const error = step.kind === 'error' ? step.message : null;
  return (
    <section class="my-data-section" aria-labelledby="import-title">
      <h2 id="import-title">Import data</h2>
      <p>
        Bring back the data of an export file. It replaces what is saved in this browser now, but only after
        you have seen what will change and confirmed.
      </p>
      <div class={`field${error ? ' field--invalid' : ''}`}>
        <label for={FIELD_ID}>Export file</label>
        <p class="field-hint" id={`${FIELD_ID}-hint`}>
          A .json file made with “Export my data”.
        </p>
        <input
          ref={input}
          type="file"
          id={FIELD_ID}
          name={FIELD_ID}
          accept=".json,application/json"
          aria-describedby={error ? `${FIELD_ID}-error ${FIELD_ID}-hint` : `${FIELD_ID}-hint`}
          aria-invalid={error ? 'true' : undefined}
          onChange={choose}
        />
        <div aria-live="polite">
          {error && (
            <p class="field-error" id={`${FIELD_ID}-error`}>
              {error}
            </p>
          )}
        </div>
      </div>
      {step.kind === 'preview' && (
        <div class="my-data-confirm" role="group" aria-labelledby="import-preview-title">
          <h3 id="import-preview-title" tabIndex={-1} ref={previewTitle}>
            Replace your data with this file?
          </h3>
          <dl class="my-data-compare">
            <div>
              <dt>Now in this browser</dt>
              <dd>{describe(current)}</dd>
            </div>
            <div>
              <dt>In {step.fileName}</dt>
              <dd>{describe(step.data)}</dd>
            </div>
          </dl>
          <p>Everything now saved here is replaced by the file’s data. Backups are kept.</p>
          <div class="actions">
            <button type="button" class="button" onClick={() => replace(step.data, step.fileName)}>
              Replace my data
            </button>
            <button type="button" class="button button--quiet" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step.kind === 'done' && (
        <p class="notice notice--success" tabIndex={-1} ref={doneNote}>
          {step.message}
        </p>
      )}
    </section>
  );
}
