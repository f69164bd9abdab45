/**
 * The follow-up tracker: every interview in flight, sorted by what to do next, with
 * its call window, today's advice, a log of what happened, and exports. The rules live
 * in lib/follow-ups/next-action.ts and lib/follow-ups/form.ts; the state in follow-ups/use-follow-ups.ts.
 * The server renders a neutral placeholder; saved interviews appear after hydration.
 */
import '../styles/tools.css';
import './follow-ups/follow-ups.css';
import AddInterview from './follow-ups/AddInterview';
import CardList from './follow-ups/CardList';
import ExportSection from './follow-ups/ExportSection';
import { LIST_HEADING_ID } from './follow-ups/ids';
import { useFollowUps } from './follow-ups/use-follow-ups';
import { useFirstUse } from './parts/use-first-use';

/** Your follow-ups: who to call today, what was done, and when to move on. */
export default function FollowUpTracker() {
  const tracker = useFollowUps();
  const { today, locale, items, current, archived } = tracker;
  // Focus or a touch anywhere in the tracker: the downloads at its foot start loading.
  const [isUsed, use] = useFirstUse();
  return (
    <div class="tool follow-ups" data-pagefind-ignore="" onFocusIn={use} onPointerDown={use}>
      <p role="status" class="fu-message">
        {tracker.message}
      </p>
      {today === null ? (
        <p class="fu-loading">Loading the interviews saved in this browser…</p>
      ) : (
        <>
          <AddInterview
            today={today}
            locale={locale}
            items={items}
            isOpen={tracker.adding}
            forms={tracker.forms}
            onOpen={tracker.openAdding}
            onAdd={tracker.add}
            onShow={tracker.show}
          />
          {items.length > 0 && (
            <section aria-labelledby={LIST_HEADING_ID}>
              <h2 id={LIST_HEADING_ID} tabIndex={-1}>
                Your interviews ({current.length})
              </h2>
              {current.length === 0 ? (
                <p>
                  All your interviews are archived. Add a new one, or bring one back from the archive below.
                </p>
              ) : (
                <CardList
                  ranked={current}
                  today={today}
                  locale={locale}
                  activeId={tracker.activeId}
                  editingId={tracker.editingId}
                  deletingId={tracker.pendingDelete?.id ?? null}
                  forms={tracker.forms}
                  handlers={tracker.handlers}
                />
              )}
            </section>
          )}
          {archived.length > 0 && (
            <section class="fu-archived" aria-labelledby="fu-archived-title">
              <h2 id="fu-archived-title">
                <button
                  type="button"
                  class="fu-disclosure"
                  aria-expanded={tracker.archivedOpen ? 'true' : 'false'}
                  aria-controls="fu-archived-list"
                  onClick={() => tracker.setArchivedOpen(!tracker.archivedOpen)}
                >
                  Archived ({archived.length})
                </button>
              </h2>
              <div id="fu-archived-list" hidden={!tracker.archivedOpen}>
                {tracker.archivedOpen && (
                  <CardList
                    ranked={archived}
                    today={today}
                    locale={locale}
                    activeId={null}
                    editingId={tracker.editingId}
                    deletingId={tracker.pendingDelete?.id ?? null}
                    forms={tracker.forms}
                    handlers={tracker.handlers}
                  />
                )}
              </div>
            </section>
          )}
          {items.length > 0 && (
            <ExportSection applications={items} today={today} locale={locale} isUsed={isUsed} />
          )}
          {/* Loaded with the forms, on the first Delete (or a form); it opens as it arrives. */}
          {tracker.forms.loaded && (
            <tracker.forms.loaded.DeleteDialog
              application={tracker.pendingDelete}
              onConfirm={tracker.confirmDelete}
              onCancel={tracker.cancelDelete}
            />
          )}
        </>
      )}
    </div>
  );
}
