import { useEffect, useRef } from 'preact/hooks';
import type { ReplaceWords } from '../../lib/storage/describe-data';

interface Props {
  /** The heading's id, unique on the page. */
  id: string;
  title: string;
  /** What is stored now and what would replace it, in words (describeReplacement). */
  words: ReplaceWords;
  /** "In callback-coach-data-2026-11-28.json", "In the backup". */
  sourceLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * What a file or a backup would replace, side by side, and the buttons to go ahead or not.
 * Loaded with the actions; the words come from the page, which already holds describe-data.ts.
 */
export default function ReplacePreview(props: Props) {
  const { id, title, words, sourceLabel, confirmLabel, onConfirm, onCancel } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div class="my-data-confirm" role="group" aria-labelledby={id}>
      <h3 id={id} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <dl class="my-data-compare">
        <div>
          <dt>Now in this browser</dt>
          <dd>{words.now}</dd>
        </div>
        <div>
          <dt>{sourceLabel}</dt>
          <dd>{words.incoming}</dd>
        </div>
      </dl>
      <p>
        {words.isEverything ? 'Everything now saved here is' : 'This part of what is saved here is'} replaced.
        Before that, a copy of what is saved now is kept under “Backups kept”, where Restore brings it back.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
