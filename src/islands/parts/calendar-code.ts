/**
 * The calendar code (reminder texts with the voicemail script, the .ics writer, the
 * Google Calendar link), loaded when a calendar button is about to be used: the
 * calculator and the tracker share this one loader, so it arrives once.
 */
import { lazyModule } from './lazy-module';

/** The lazily loaded `lib/calendar/reminders.ts`. */
export const calendarCode = lazyModule(() => import('../../lib/calendar/reminders'));

/** The type of the loaded module. */
export type CalendarCode = typeof import('../../lib/calendar/reminders');
