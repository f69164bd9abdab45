import { useState } from 'preact/hooks';
import type { ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { DateLocale, IsoDate } from '../../lib/dates';
import { findDuplicate } from '../../lib/follow-ups/duplicates';
import { EMPTY_INTERVIEW } from '../../lib/follow-ups/form';
import type { Application } from '../../lib/storage/schemas/application';
import { nameOf } from './card-handlers';
import { shortDate } from './format-dates';
import InterviewForm from './InterviewForm';
import { ADD_HEADING_ID, ADD_TOGGLE_ID } from './ids';
import WriteBlockNotice from '../parts/WriteBlockNotice';

interface Props {
  today: IsoDate;
  locale: DateLocale;
  /** The saved interviews, to warn before adding one of them again. */
  items: readonly Application[];
  isOpen: boolean;
  onOpen: (open: boolean) => void;
  onAdd: (draft: ApplicationDraft) => void;
  /** Go to a saved interview's card (the one a new entry would duplicate). */
  onShow: (application: Application) => void;
}

/** "Add an interview": a button that opens the form, or the form itself when the list is empty. */
export default function AddInterview({ today, locale, items, isOpen, onOpen, onAdd, onShow }: Props) {
  const isEmpty = items.length === 0;
  const showForm = isEmpty || isOpen;
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
    <section class="fu-add" aria-labelledby={showForm ? ADD_HEADING_ID : undefined}>
      {isEmpty && (
        <div class="notice fu-empty">
          <p>
            <strong>No interviews yet.</strong>
          </p>
          <p>
            Add your first one below: the company, the job, who interviewed you and the day. The tracker then
            tells you when to call, keeps a log of what you did, and lists the calls due today on the home
            page.
          </p>
        </div>
      )}
      {!isEmpty && (
        <button
          type="button"
          id={ADD_TOGGLE_ID}
          class="button"
          aria-expanded={isOpen ? 'true' : 'false'}
          aria-controls="fu-add-form"
          onClick={() => {
            setPending(null);
            onOpen(!isOpen);
          }}
        >
          Add an interview
        </button>
      )}
      <div id="fu-add-form" hidden={!showForm}>
        {showForm && (
          <>
            <h2 id={ADD_HEADING_ID} tabIndex={-1}>
              {isEmpty ? 'Add your first interview' : 'Add an interview'}
            </h2>
            <WriteBlockNotice name="applications" what="your interviews" />
            <InterviewForm
              idPrefix="fu-new"
              initial={EMPTY_INTERVIEW}
              today={today}
              submitLabel="Add interview"
              onSubmit={submit}
              onCancel={
                isEmpty
                  ? undefined
                  : () => {
                      setPending(null);
                      onOpen(false);
                    }
              }
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
        )}
      </div>
    </section>
  );
}
