import { useState } from 'preact/hooks';
import { EMPTY_INTERVIEW, type ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { DateLocale, IsoDate } from '../../lib/dates';
import { findDuplicate } from '../../lib/follow-ups/duplicates';
import type { Application } from '../../lib/storage/schemas/application';
import { nameOf } from './card-handlers';
import { shortDate } from './format-dates';
import InterviewForm from './InterviewForm';
import WriteBlockNotice from '../parts/WriteBlockNotice';

interface Props {
  today: IsoDate;
  locale: DateLocale;
  /** The saved interviews, to warn before adding one of them again. */
  items: readonly Application[];
  onAdd: (draft: ApplicationDraft) => void;
  /** Go to a saved interview's card (the one a new entry would duplicate). */
  onShow: (application: Application) => void;
  /** Close the form; none while the list is empty (the form is all there is). */
  onCancel?: (() => void) | undefined;
}

/**
 * The "Add an interview" form, with its check for an interview already saved. Loaded with
 * the other forms; mounted afresh each time it opens, so no old warning lingers.
 */
export default function AddInterviewForm({ today, locale, items, onAdd, onShow, onCancel }: Props) {
  // The draft waiting for an answer to "you already have this interview".
  const [pending, setPending] = useState<{ draft: ApplicationDraft; existing: Application } | null>(null);

  function submit(draft: ApplicationDraft) {
    const existing = findDuplicate(items, draft);
    if (existing) {
      // Announced at once; its buttons come next after "Add interview" in the tab order.
      setPending({ draft, existing });
      return;
    }
    setPending(null);
    onAdd(draft);
  }

  return (
    <>
      <WriteBlockNotice name="applications" what="your interviews" />
      <InterviewForm
        idPrefix="fu-new"
        initial={EMPTY_INTERVIEW}
        today={today}
        submitLabel="Add interview"
        onSubmit={submit}
        onCancel={onCancel}
      />
      {pending && (
        <div class="notice notice--warning fu-duplicate" role="alert">
          <p>
            You already have {nameOf(pending.existing)}
            {pending.existing.jobTitle.trim() && pending.existing.company.trim()
              ? ` (${pending.existing.jobTitle.trim()})`
              : ''}
            {pending.existing.interviewDate
              ? `, interview on ${shortDate(pending.existing.interviewDate, locale)}`
              : ''}
            . Open it to log what happened there, or add this one anyway.
          </p>
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                setPending(null);
                onShow(pending.existing);
              }}
            >
              Open the saved one
            </button>
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                setPending(null);
                onAdd(pending.draft);
              }}
            >
              Add it anyway
            </button>
          </div>
        </div>
      )}
    </>
  );
}
