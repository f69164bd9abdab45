import type { DetailField } from '../../lib/script/details';
import { FIELD_LABELS, focusField, formFieldOf } from './field-ids';

/** "Go to field", named for screen readers by the field it focuses: "Go to field: Company". */
export default function GoToField({ field }: { field: DetailField }) {
  return (
    <button
      type="button"
      class="button button--quiet sb-small"
      aria-label={`Go to field: ${FIELD_LABELS[formFieldOf(field)]}`}
      onClick={() => focusField(field)}
    >
      Go to field
    </button>
  );
}
