import type { ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { IsoDate } from '../../lib/dates';
import { EMPTY_INTERVIEW } from '../../lib/follow-ups/form';
import InterviewForm from './InterviewForm';
import { ADD_HEADING_ID, ADD_TOGGLE_ID } from './ids';

interface Props {
  today: IsoDate;
  /** No interview saved yet: explain the tool and show the form straight away. */
  isEmpty: boolean;
  isOpen: boolean;
  onOpen: (open: boolean) => void;
  onAdd: (draft: ApplicationDraft) => void;
}

/** "Add an interview": a button that opens the form, or the form itself when the list is empty. */
export default function AddInterview({ today, isEmpty, isOpen, onOpen, onAdd }: Props) {
  const showForm = isEmpty || isOpen;
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
          onClick={() => onOpen(!isOpen)}
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
            <InterviewForm
              idPrefix="fu-new"
              initial={EMPTY_INTERVIEW}
              today={today}
              submitLabel="Add interview"
              onSubmit={onAdd}
              onCancel={isEmpty ? undefined : () => onOpen(false)}
            />
          </>
        )}
      </div>
    </section>
  );
}
