import { useEffect, useRef } from 'preact/hooks';
import { deleteAllData } from '../../stores/my-data';

interface Props {
  /** Called once everything is deleted. */
  onDeleted: () => void;
  onKeep: () => void;
}

/**
 * "Delete everything?", loaded with the actions when "Delete all my data" is first used.
 * Focus starts on "Keep my data", the choice that loses nothing.
 */
export default function DeleteConfirm({ onDeleted, onKeep }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);

  function confirm() {
    deleteAllData();
    onDeleted();
  }

  return (
    <div class="my-data-confirm my-data-confirm--danger" role="group" aria-labelledby="delete-question">
      <p id="delete-question">
        <strong>Delete everything Callback Coach saved in this browser?</strong> This cannot be undone. Export
        first if you may want it back.
      </p>
      <div class="actions">
        <button type="button" class="button button--danger" onClick={confirm}>
          Delete everything
        </button>
        <button type="button" class="button" ref={keep} onClick={onKeep}>
          Keep my data
        </button>
      </div>
    </div>
  );
}
