import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTION_NOT_LOADED } from '../../lib/storage/my-data-view';
import { warmOn } from '../parts/lazy-module';
import { actionsCode } from './actions-code';

interface Props {
  hasBackups: boolean;
  onDeleted: () => void;
}

type Step = 'idle' | 'confirm' | 'cancelled' | 'done' | 'not-loaded';

/** "Delete all my data", after a confirm step (loaded with the actions) that offers to keep it. */
export default function DeleteAll({ hasBackups, onDeleted }: Props) {
  const [step, setStep] = useState<Step>('idle');
  const start = useRef<HTMLButtonElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const DeleteConfirm = actionsCode.now()?.DeleteConfirm;

  // The confirm step takes focus itself (on "Keep my data"); leaving it puts focus back.
  useEffect(() => {
    if (step === 'cancelled') start.current?.focus();
    else if (step === 'done') note.current?.focus();
  }, [step]);

  // The button keeps focus until the confirm step has loaded and replaces it.
  function ask() {
    actionsCode.get().then(
      () => setStep('confirm'),
      () => setStep('not-loaded'),
    );
  }

  function deleted() {
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
      {step === 'confirm' && DeleteConfirm ? (
        <DeleteConfirm onDeleted={deleted} onKeep={() => setStep('cancelled')} />
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button button--danger"
            ref={start}
            onClick={ask}
            {...warmOn(actionsCode)}
          >
            Delete all my data
          </button>
        </div>
      )}
      <p class="my-data-message" role="status">
        {step === 'not-loaded' ? ACTION_NOT_LOADED : ''}
      </p>
      {step === 'done' && (
        <p class="notice notice--success" tabIndex={-1} ref={note}>
          Deleted: Callback Coach has nothing of yours saved in this browser now.
        </p>
      )}
    </section>
  );
}
