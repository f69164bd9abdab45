import type { ChecklistItem } from '../../lib/script/checklist';
import GoToField from './GoToField';

interface Props {
  items: readonly ChecklistItem[];
  /** Distinguishes the ids of the three panels' checklists. */
  idPrefix: string;
  Heading: 'h3' | 'h4';
}

/** The course's checklist against the text: ✓ done or ✗ missing, in words too, with a way to the empty field. */
export default function Checklist({ items, idPrefix, Heading }: Props) {
  const done = items.filter((item) => item.present).length;
  return (
    <section class="sb-checklist" aria-labelledby={`${idPrefix}-checklist`}>
      <Heading id={`${idPrefix}-checklist`}>
        Checklist{' '}
        <span class="sb-count">
          {done} of {items.length} done
        </span>
      </Heading>
      <ul>
        {items.map((item) => (
          <li key={item.id} class={item.present ? 'is-done' : 'is-missing'}>
            <span class="sb-check-icon" aria-hidden="true">
              {item.present ? '✓' : '✗'}
            </span>
            <span class="sb-check-label">{item.label}</span>
            <span class="sb-check-state">{item.present ? 'done' : 'missing'}</span>
            {!item.present && item.field && <GoToField field={item.field} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
