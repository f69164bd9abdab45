import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteAllData } from '../../stores/my-data';

interface Props {
  hasBackups: boolean;
  onDeleted: () => void;
}

type Step = 'idle' | 'confirm' | 'cancelled' | 'done';

/** "Delete all my data", after a confirm step that offers to keep it. */
export default function DeleteAll({ hasBackups, onDeleted }: Props) {
  const [step, setStep] = useState<Step>('idle');
  const start = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const note = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (step === 'confirm') keep.current?.focus();
    else if (step === 'cancelled') start.current?.focus();
    else if (step === 'done') note.current?.focus();
  }, [step]);

  function confirm() {
    deleteAllData();
    onDeleted();
    setStep('done');
  }

  return (
    <section class="my-data-section" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete all my data</h2>
      <p>
        Removes everything Callback Coach saved in this browser: interviews with their scripts and logs,
        practice runs, lesson progress, your details and settings.
        {hasBackups &&
          ' The copies listed under “Backups kept” stay, so you can still restore one; delete them one by one above if you want them gone too.'}
      </p>
      {step === 'confirm' ? (
        <div class="my-data-confirm my-data-confirm--danger" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            <strong>Delete everything Callback Coach saved in this browser?</strong> This cannot be undone.
            Export first if you may want it back.
          </p>
          <div class="actions">
            <button type="button" class="button button--danger" onClick={confirm}>
              Delete everything
            </button>
            <button type="button" class="button" ref={keep} onClick={() => setStep('cancelled')}>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button button--danger" ref={start} onClick={() => setStep('confirm')}>
            Delete all my data
          </button>
        </div>
      )}
      {step === 'done' && (
        <p class="notice notice--success" tabIndex={-1} ref={note}>
          Deleted: Callback Coach has nothing of yours saved in this browser now.
        </p>
      )}
    </section>
  );
}
