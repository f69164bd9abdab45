/** The words shown for each kind of activity in an application's log. */
import type { ActivityKind, GivenDateMeaning } from '../storage/schemas/application';

/** "Called — we spoke", "Left a voicemail"…: one label per activity kind, in the log's order. */
export const ACTIVITY_LABELS: Readonly<Record<ActivityKind, string>> = {
  'called-spoke': 'Called — we spoke',
  'left-voicemail': 'Left a voicemail',
  'sent-email': 'Sent an email',
  'they-replied': 'They replied',
  'second-interview': 'Second interview',
  offer: 'Offer',
  'not-selected': 'Not selected',
};

/** What the date the interviewer gave means, as the forms say it. */
export const GIVEN_DATE_MEANING_LABELS: Readonly<Record<GivenDateMeaning, string>> = {
  'call-on': 'Call me on this day',
  'decide-by': 'We will decide by this day',
};
