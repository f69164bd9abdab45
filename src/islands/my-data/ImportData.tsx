import { useEffect, useRef, useState } from 'preact/hooks';
import { describeReplacement } from '../../lib/storage/describe-data';
import type { DataSnapshot } from '../../lib/storage/export';
import { ACTION_NOT_LOADED } from '../../lib/storage/my-data-view';
import { warmOn } from '../parts/lazy-module';
import { actionsCode } from './actions-code';
import type { Replaced } from './replace';

interface Props {
  /** What is stored now, to compare with the file. */
  current: DataSnapshot;
  lessonSlugs: readonly string[];
  onReplaced: () => void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; data: Partial<DataSnapshot>; fileName: string; isBackup: boolean }
  | { kind: 'done'; message: string; ok: boolean };

const FIELD_ID = 'import-file';

/**
 * "Import data": read an export or a downloaded backup, say what is wrong or what would
 * change, and replace only once confirmed. The file is read, previewed and put in place by
 * the actions' code, loaded as the field is neared or focused.
 */
export default function ImportData({ current, lessonSlugs, onReplaced }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const actions = actionsCode.now();
  const input = useRef<HTMLInputElement>(null);
  const doneNote = useRef<HTMLParagraphElement>(null);
  const reading = useRef(0);

  useEffect(() => {
    if (step.kind === 'done') doneNote.current?.focus();
  }, [step]);

  async function choose() {
    const file = input.current?.files?.[0];
    const request = ++reading.current;
    if (!file) return setStep({ kind: 'idle' });
    const result = await actionsCode.get().then(
      (loaded) => loaded.readImportFile(file),
      () => ({ ok: false as const, error: ACTION_NOT_LOADED }),
    );
    // A second file chosen while the first was being read wins.
    if (request !== reading.current) return;
    setStep(
      result.ok
        ? { kind: 'preview', data: result.data, fileName: file.name, isBackup: result.kind === 'backup' }
        : { kind: 'error', message: result.error },
    );
  }

  function replace(data: Partial<DataSnapshot>, fileName: string) {
    if (!actions) return;
    let replaced: Replaced;
    try {
      replaced = actions.replaceFrom(data, fileName);
    } catch {
      return setStep({
        kind: 'error',
        message: 'The data in this file could not be used. Nothing was changed.',
      });
    }
    if (replaced.ok && input.current) input.current.value = '';
    onReplaced();
    setStep({ kind: 'done', message: replaced.message, ok: replaced.saved });
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
        Bring back the data of an export file, or of a backup you downloaded from this page. It replaces what
        is saved in this browser now, but only after you have seen what will change and confirmed.
      </p>
      <div class={`field${error ? ' field--invalid' : ''}`}>
        <label for={FIELD_ID}>Export or backup file</label>
        <p class="field-hint" id={`${FIELD_ID}-hint`}>
          A .json file made with “Export my data”, or a backup downloaded under “Backups kept”.
        </p>
        <input
          ref={input}
          type="file"
          id={FIELD_ID}
          name={FIELD_ID}
          accept=".json,.txt,application/json,text/plain"
          aria-describedby={error ? `${FIELD_ID}-error ${FIELD_ID}-hint` : `${FIELD_ID}-hint`}
          aria-invalid={error ? 'true' : undefined}
          onChange={choose}
          {...warmOn(actionsCode)}
        />
        <div aria-live="polite">
          {error && (
            <p class="field-error" id={`${FIELD_ID}-error`}>
              {error}
            </p>
          )}
        </div>
      </div>
      {step.kind === 'preview' && actions && (
        <actions.ReplacePreview
          id="import-preview-title"
          title={step.isBackup ? 'Restore this backup?' : 'Replace your data with this file?'}
          words={describeReplacement(current, step.data, lessonSlugs)}
          sourceLabel={`In ${step.fileName}`}
          confirmLabel={step.isBackup ? 'Restore the backup' : 'Replace my data'}
          onConfirm={() => replace(step.data, step.fileName)}
          onCancel={cancel}
        />
      )}
      {step.kind === 'done' && (
        <p class={`notice notice--${step.ok ? 'success' : 'warning'}`} tabIndex={-1} ref={doneNote}>
          {step.message}
        </p>
      )}
    </section>
  );
}
