import type { ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { DateLocale, IsoDate } from '../../lib/dates';
import type { Application } from '../../lib/storage/schemas/application';
import { warmOn, type LazyPart } from '../parts/lazy-module';
import LoadFailed from '../parts/LoadFailed';
import { formsCode, type FormsCode } from './forms-code';
import { ADD_HEADING_ID, ADD_TOGGLE_ID } from './ids';

interface Props {
  today: IsoDate;
  locale: DateLocale;
  /** The saved interviews, to warn before adding one of them again. */
  items: readonly Application[];
  isOpen: boolean;
  /** The forms' code (the tracker loads it when a form is wanted), or how to try again. */
  forms: LazyPart<FormsCode>;
  onOpen: (open: boolean) => void;
  onAdd: (draft: ApplicationDraft) => void;
  /** Go to a saved interview's card (the one a new entry would duplicate). */
  onShow: (application: Application) => void;
}

/**
 * "Add an interview": a button that opens the form, or the form itself when the list is
 * empty. The form's code loads when it opens (warmed by the button); the heading is here,
 * so it is in the page, a place for focus, even before the form arrives.
 */
export default function AddInterview({ today, locale, items, isOpen, forms, onOpen, onAdd, onShow }: Props) {
  const isEmpty = items.length === 0;
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
          {...warmOn(formsCode)}
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
            {forms.loaded ? (
              <forms.loaded.AddInterviewForm
                today={today}
                locale={locale}
                items={items}
                onAdd={onAdd}
                onShow={onShow}
                onCancel={isEmpty ? undefined : () => onOpen(false)}
              />
            ) : forms.retry ? (
              <LoadFailed retry={forms.retry} />
            ) : (
              <p class="fu-muted">Loading the form…</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
