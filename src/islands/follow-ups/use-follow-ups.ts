/**
 * The follow-up tracker's state: the saved applications (server defaults first, the
 * stored ones after hydration), which form is open, the pending deletion, the last
 * message, and where focus goes after each change.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ACTIVITY_LABELS } from '../../lib/follow-ups/activity-labels';
import type { ApplicationDraft } from '../../lib/follow-ups/application-edits';
import type { Ranked } from '../../lib/follow-ups/next-action-list';
import type { Application } from '../../lib/storage/schemas/application';
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
import { ADD_HEADING_ID, ADD_TOGGLE_ID, headingIdOf, LIST_HEADING_ID } from './ids';
import { useFocusLater } from './use-focus-later';
import { useRanked } from './use-ranked';
import { useToday } from './use-today';
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
  const focusLater = useFocusLater();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Application | null>(null);
  const [archivedOpen, setArchivedOpen] = useState(false);
  const [message, setMessage] = useState('');

  const { current, archived } = useRanked(state.items, today);
  // The handlers never change (so unchanged cards skip re-rendering); they read the lists from here.
  const lists = useRef({ current, archived, items: state.items });
  lists.current = { current, archived, items: state.items };

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
        setEditingId(application.id);
        focusLater(`fu-${application.id}-edit-form-company`);
      },
      saveEdit(application, draft) {
        updateApplication(application.id, draft);
        setEditingId(null);
        setMessage(`Saved your changes to ${nameOf({ ...application, ...draft })}.`);
        focusLater(headingIdOf(application.id));
      },
      cancelEdit(application) {
        setEditingId(null);
        focusLater(`fu-${application.id}-edit`);
      },
      setArchived(application, archive) {
        if (archive) focusAfterLeaving(application.id, application);
        else focusLater(headingIdOf(application.id));
        setArchived(application.id, archive);
        setMessage(
          archive
            ? `Archived ${nameOf(application)}. It is under “Archived” at the end of the list, and stays in your downloads.`
            : `${nameOf(application)} is back in your interviews.`,
        );
      },
      askDelete: setPendingDelete,
      log(application, entry) {
        logActivity(application.id, entry);
        setMessage(`Logged “${ACTIVITY_LABELS[entry.kind]}” for ${nameOf(application)}.`);
        focusLater(`fu-${application.id}-log-toggle`);
      },
      removeEntry(application, entry) {
        removeActivity(application.id, entry.id);
        setMessage(
          `Removed “${ACTIVITY_LABELS[entry.kind]}” of ${shortDate(entry.date)} from the log of ${nameOf(application)}.`,
        );
        focusLater(`fu-${application.id}-log-title`);
      },
    }),
    [focusLater],
  );

  function add(draft: ApplicationDraft) {
    const id = addApplication(draft);
    setAdding(false);
    setMessage(
      `Added ${nameOf({ company: draft.company ?? '', jobTitle: draft.jobTitle ?? '' })}. It is now the active interview.`,
    );
    focusLater(headingIdOf(id));
  }

  function confirmDelete(application: Application) {
    focusAfterLeaving(application.id, application);
    deleteApplication(application.id);
    setPendingDelete(null);
    if (editingId === application.id) setEditingId(null);
    setMessage(`Deleted ${nameOf(application)}.`);
  }

  function cancelDelete(application: Application) {
    setPendingDelete(null);
    focusLater(`fu-${application.id}-delete`);
  }

  function openAdding(open: boolean) {
    setAdding(open);
    focusLater(open ? 'fu-new-company' : ADD_TOGGLE_ID);
  }

  // A link from the home page (/follow-ups/#<id>) lands before the list exists: go there once it does.
  useEffect(() => {
    if (today === null) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = state.items.find((item) => item.id === id);
    if (!target) return;
    if (target.archived) setArchivedOpen(true);
    focusLater(headingIdOf(target.id));
  }, [today === null]);

  return {
    today,
    items: state.items,
    activeId: state.activeId,
    current,
    archived,
    adding,
    editingId,
    pendingDelete,
    archivedOpen,
    message,
    handlers,
    add,
    confirmDelete,
    cancelDelete,
    openAdding,
    setArchivedOpen,
    announce: setMessage,
  };
}
