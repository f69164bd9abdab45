/**
 * The follow-up tracker's state: the saved applications (server defaults first, the
 * stored ones after hydration), which form is open, the pending deletion, the last
 * message, and where focus goes after each change.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { Ranked } from '../../lib/follow-ups/next-action-list';
import type { Application } from '../../lib/storage/schemas/application';
import { isApplied } from '../../lib/storage/save-result';
import {
  addedMessage,
  archivedMessage,
  deletedMessage,
  editedMessage,
  loggedMessage,
  removedEntryMessage,
} from '../../lib/follow-ups/messages';
import { DEFAULT_APPLICATIONS } from '../../lib/storage/schemas/applications';
import {
  $applications,
  addApplication,
  deleteApplication,
  logActivity,
  removeActivity,
  setActiveApplication,
  setArchived,
  updateApplication,
} from '../../stores/applications';
import { nameOf, type CardHandlers } from './card-handlers';
import { formsCode } from './forms-code';
import {
  ADD_HEADING_ID,
  ADD_TOGGLE_ID,
  cardPartId,
  headingIdOf,
  interviewIdFromHash,
  LIST_HEADING_ID,
} from './ids';
import { useFocusLater } from './use-focus-later';
import { useRanked } from './use-ranked';
import { useLazyModule } from '../parts/lazy-module';
import { useDateLocale } from '../parts/use-date-locale';
import { useToday } from '../parts/use-today';
import { shortDate } from './format-dates';

/** The heading of the card after `id` in `list`, else the one before, else `null`. */
function neighbourOf(list: readonly Ranked<Application>[], id: string): string | null {
  const index = list.findIndex(({ application }) => application.id === id);
  const next = list[index + 1] ?? list[index - 1];
  return index >= 0 && next ? headingIdOf(next.application.id) : null;
}

/** Everything the tracker shows and does. */
export function useFollowUps() {
  const state = useStore($applications, { ssr: () => DEFAULT_APPLICATIONS });
  const today = useToday();
  const locale = useDateLocale();
  const focusLater = useFocusLater();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Application | null>(null);
  const [archivedOpen, setArchivedOpen] = useState(false);
  const [message, setMessage] = useState('');

  const { current, archived } = useRanked(state.items, today, locale);
  // While the list is empty the add form shows on its own; it stays open when another
  // tab adds the first interview, so what is typed here is not lost.
  // (Only once hydrated: the server's state is always empty, and would open it on every load.)
  const isEmpty = today !== null && state.items.length === 0;
  useEffect(() => {
    if (isEmpty) setAdding(true);
  }, [isEmpty]);
  // The forms' code, once one is open. Its arrival draws the tracker again, so a focus
  // asked for before it came (the add form's first field, the edit form's) lands then.
  const forms = useLazyModule(formsCode, isEmpty || adding || editingId !== null || pendingDelete !== null);
  // Edit or Delete pressed again on the card whose form could not load asks for it again,
  // as Try again does: the card is already the one wanted, so nothing else would.
  const retryForms = useRef(forms.retry);
  retryForms.current = forms.retry;
  // The handlers never change (so unchanged cards skip re-rendering); they read the lists from here.
  const lists = useRef({ current, archived, items: state.items, locale });
  lists.current = { current, archived, items: state.items, locale };

  /** Where focus goes once `id` leaves the list it is in. */
  function focusAfterLeaving(id: string, leaving: Application) {
    const { current: now, archived: gone, items } = lists.current;
    const isLast = items.every((item) => item.id === id);
    focusLater(neighbourOf(leaving.archived ? gone : now, id) ?? (isLast ? ADD_HEADING_ID : LIST_HEADING_ID));
  }

  const handlers = useMemo(
    (): CardHandlers => ({
      makeActive(application, quiet = false) {
        setActiveApplication(application.id);
        if (quiet) return;
        setMessage(
          `${nameOf(application)} is now the active interview: the calculator, script builder and practice timer work on it.`,
        );
        focusLater(headingIdOf(application.id));
      },
      edit(application) {
        void retryForms.current?.();
        setEditingId(application.id);
        focusLater(cardPartId(application.id, 'edit-form-company'));
      },
      saveEdit(application, draft) {
        const result = updateApplication(application.id, draft);
        const name = nameOf({ ...application, ...draft });
        // A refused change keeps the form open, with what was typed in it.
        if (isApplied(result)) setEditingId(null);
        setMessage(editedMessage(result, name));
        if (isApplied(result)) focusLater(headingIdOf(application.id));
      },
      cancelEdit(application) {
        setEditingId(null);
        focusLater(cardPartId(application.id, 'edit'));
      },
      setArchived(application, archive) {
        if (archive) focusAfterLeaving(application.id, application);
        else focusLater(headingIdOf(application.id));
        const result = setArchived(application.id, archive);
        setMessage(archivedMessage(result, nameOf(application), archive));
      },
      askDelete(application) {
        void retryForms.current?.();
        setPendingDelete(application);
      },
      log(application, entry) {
        const { result } = logActivity(application.id, entry);
        setMessage(loggedMessage(result, nameOf(application), entry.kind));
        focusLater(cardPartId(application.id, 'log-toggle'));
      },
      removeEntry(application, entry) {
        const result = removeActivity(application.id, entry.id);
        setMessage(
          removedEntryMessage(
            result,
            nameOf(application),
            entry.kind,
            shortDate(entry.date, lists.current.locale),
          ),
        );
        focusLater(cardPartId(application.id, 'log-title'));
      },
    }),
    [focusLater],
  );

  function add(draft: ApplicationDraft) {
    const { id, result } = addApplication(draft);
    const name = nameOf({ company: draft.company ?? '', jobTitle: draft.jobTitle ?? '' });
    setMessage(addedMessage(result, name));
    // Refused: the form stays open with what was typed in it.
    if (id === null) return;
    setAdding(false);
    focusLater(headingIdOf(id));
  }

  function confirmDelete(application: Application) {
    focusAfterLeaving(application.id, application);
    const result = deleteApplication(application.id);
    setPendingDelete(null);
    setMessage(deletedMessage(result, nameOf(application)));
    if (!isApplied(result)) return focusLater(cardPartId(application.id, 'delete'));
    if (editingId === application.id) setEditingId(null);
  }

  function cancelDelete(application: Application) {
    setPendingDelete(null);
    focusLater(cardPartId(application.id, 'delete'));
  }

  /** Close the add form and go to a saved interview's card (opening the archive if it is there). */
  function show(application: Application) {
    setAdding(false);
    if (application.archived) setArchivedOpen(true);
    focusLater(headingIdOf(application.id));
  }

  function openAdding(open: boolean) {
    setAdding(open);
    focusLater(open ? 'fu-new-company' : ADD_TOGGLE_ID);
  }

  // A link from the home page (/follow-ups/#<id>) lands before the list exists: go there once it does.
  useEffect(() => {
    if (today === null) return;
    const id = interviewIdFromHash(
      window.location.hash,
      state.items.map((item) => item.id),
    );
    const target = state.items.find((item) => item.id === id);
    if (!target) return;
    if (target.archived) setArchivedOpen(true);
    focusLater(headingIdOf(target.id));
  }, [today === null]);

  return {
    today,
    locale,
    items: state.items,
    activeId: state.activeId,
    current,
    archived,
    adding,
    editingId,
    forms,
    pendingDelete,
    archivedOpen,
    message,
    handlers,
    add,
    confirmDelete,
    cancelDelete,
    openAdding,
    show,
    setArchivedOpen,
  };
}
