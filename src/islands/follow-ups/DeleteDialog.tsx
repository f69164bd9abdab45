import { useEffect, useRef } from 'preact/hooks';
import type { Application } from '../../lib/storage/schemas/application';
import { nameOf } from './card-handlers';

interface Props {
  /** The application to ask about, or `null` when the dialog is closed. */
  application: Application | null;
  onConfirm: (application: Application) => void;
  /** Cancel, Escape or the close button: nothing is deleted. */
  onCancel: (application: Application) => void;
}

/** "Delete Greenway Dental?": a modal dialog, so the question cannot be missed or skipped by accident. */
export default function DeleteDialog({ application, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The name stays while the dialog closes, so it never flashes "Delete ?".
  const shown = useRef<Application | null>(null);
  if (application) shown.current = application;
  // Closing first lets the browser settle focus; the tracker then moves it where it belongs.
  const confirmed = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (application && !element.open) element.showModal();
    if (!application && element.open) element.close();
  }, [application]);

  const name = shown.current ? nameOf(shown.current) : '';
  return (
    <dialog
      ref={dialog}
      class="fu-dialog"
      aria-labelledby="fu-delete-title"
      aria-describedby="fu-delete-text"
      onClose={() => {
        const wasConfirmed = confirmed.current;
        confirmed.current = false;
        if (!application) return;
        if (wasConfirmed) onConfirm(application);
        else onCancel(application);
      }}
    >
      <h2 id="fu-delete-title">Delete {name}?</h2>
      <p id="fu-delete-text">This removes its dates, scripts and log from this browser.</p>
      <div class="actions">
        <button
          type="button"
          class="button fu-danger"
          onClick={() => {
            confirmed.current = true;
            dialog.current?.close();
          }}
        >
          Delete
        </button>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- showModal() focuses the dialog's autofocus element: Cancel, the safe choice */}
        <button type="button" class="button button--quiet" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
