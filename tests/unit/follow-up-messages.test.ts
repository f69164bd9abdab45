import { describe, expect, it } from 'vitest';
import {
  addedMessage,
  archivedMessage,
  deletedMessage,
  editedMessage,
  loggedMessage,
  removedEntryMessage,
} from '../../src/lib/follow-ups/messages';
import { unsavedNewInterviewMessage } from '../../src/lib/storage/save-result';

const NAME = 'Analyst at Acme';

describe('the tracker says "done" only for a write that stuck', () => {
  it.each([
    ['added', addedMessage('saved', NAME), `Added ${NAME}. It is now the active interview.`],
    ['edited', editedMessage('saved', NAME), `Saved your changes to ${NAME}.`],
    [
      'archived',
      archivedMessage('saved', NAME, true),
      `Archived ${NAME}. It is under “Archived” at the end of the list, and stays in your downloads.`,
    ],
    ['restored', archivedMessage('saved', NAME, false), `${NAME} is back in your interviews.`],
    ['logged', loggedMessage('saved', NAME, 'left-voicemail'), `Logged “Left a voicemail” for ${NAME}.`],
    [
      'removed',
      removedEntryMessage('saved', NAME, 'sent-email', 'Mon, Nov 30'),
      `Removed “Sent an email” of Mon, Nov 30 from the log of ${NAME}.`,
    ],
    ['deleted', deletedMessage('saved', NAME), `Deleted ${NAME}.`],
  ])('%s, saved', (_, message, expected) => expect(message).toBe(expected));

  it.each([
    ['added', addedMessage('too-big', NAME), `${NAME} was not added. Nothing was changed:`],
    ['edited', editedMessage('newer', NAME), 'Not saved. Nothing was changed:'],
    ['archived', archivedMessage('newer', NAME, true), `${NAME} was not archived. Nothing was changed:`],
    [
      'logged',
      loggedMessage('too-big', NAME, 'left-voicemail'),
      '“Left a voicemail” was not logged. Nothing was changed:',
    ],
    [
      'removed',
      removedEntryMessage('unreadable', NAME, 'sent-email', 'Mon, Nov 30'),
      'Nothing was removed. Nothing was changed:',
    ],
    ['deleted', deletedMessage('newer', NAME), 'Nothing was deleted. Nothing was changed:'],
  ])('%s, refused: says nothing changed', (_, message, start) =>
    expect(message.startsWith(start)).toBe(true),
  );

  it('a change kept for this page only says it is not saved', () => {
    expect(loggedMessage('full', NAME, 'left-voicemail')).toMatch(
      /^Logged “Left a voicemail” for .+\. It is not saved: this browser’s storage is full\./,
    );
    expect(unsavedNewInterviewMessage('off')).toMatch(
      /^Added as a new interview for this page\. It is not saved: this browser does not let/,
    );
  });
});
