import type { Gap } from '../../lib/script/gaps';
import { SCRIPT_FORM_FIELDS } from '../../lib/script/form';
import { FIELD_LABELS } from './field-ids';
import GoToField from './GoToField';

/** "Still to fill: Your full name — Go to field": the details a text still shows as gap markers. */
export default function GapList({ gaps }: { gaps: readonly Gap[] }) {
  // In the form's order, so the list reads top to bottom like the fields.
  const fields = [...new Set(gaps.map((gap) => gap.field))].sort(
    (a, b) => SCRIPT_FORM_FIELDS.indexOf(a) - SCRIPT_FORM_FIELDS.indexOf(b),
  );
  if (fields.length === 0) return null;
  return (
    <div class="sb-gaps notice notice--warning">
      <p>Still to fill (shown in brackets in the text):</p>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <span>{FIELD_LABELS[field]}</span>
            <GoToField field={field} />
          </li>
        ))}
      </ul>
    </div>
  );
}
