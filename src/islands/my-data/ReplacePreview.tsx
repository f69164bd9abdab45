import { useEffect, useRef } from 'preact/hooks';
import { describeData, describePart, type DataPart, type DataSnapshot } from '../../lib/storage/export';
import { describeProfile } from '../../lib/storage/my-data-view';

const DATA_PARTS: readonly DataPart[] = ['profile', 'applications', 'practice', 'progress', 'settings'];

interface Props {
  /** The heading's id, unique on the page. */
  id: string;
  title: string;
  /** What is stored now, to compare with what would replace it. */
  current: DataSnapshot;
  /** The parts that would replace what is stored. */
  data: Partial<DataSnapshot>;
  /** "In callback-coach-data-2026-11-28.json", "In the backup". */
  sourceLabel: string;
  lessonSlugs: readonly string[];
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a file or a backup would replace, side by side, and the buttons to go ahead or not. */
export default function ReplacePreview(props: Props) {
  const { id, title, current, data, sourceLabel, lessonSlugs, confirmLabel, onConfirm, onCancel } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const parts = (Object.keys(data) as DataPart[]).filter((part) => data[part] !== undefined);
  const isEverything = parts.length === DATA_PARTS.length;
  const describe = (snapshot: Partial<DataSnapshot>) =>
    isEverything
      ? `${describeData(snapshot as DataSnapshot, lessonSlugs)}; details: ${describeProfile((snapshot as DataSnapshot).profile)}`
      : parts
          .map((part) => describePart(part, snapshot[part] as DataSnapshot[typeof part], lessonSlugs))
          .join('; ');

  return (
    <div class="my-data-confirm" role="group" aria-labelledby={id}>
      <h3 id={id} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <dl class="my-data-compare">
        <div>
          <dt>Now in this browser</dt>
          <dd>{describe(current)}</dd>
        </div>
        <div>
          <dt>{sourceLabel}</dt>
          <dd>{describe(data)}</dd>
        </div>
      </dl>
      <p>
        {isEverything ? 'Everything now saved here is' : 'This part of what is saved here is'} replaced.
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
