/**
 * Field validators shared by the stored-value schemas. Each is a separate export so a
 * page that needs one schema bundles only the valibot functions that schema uses.
 */
import * as v from 'valibot';
import { isIsoDate, type IsoDate } from '../../dates';
import { TEXT_LIMITS } from '../../limits';
import { isPlainRecord } from '../plain-record';

export { isPlainRecord };

/**
 * An object with exactly these fields: unknown keys (`__proto__` among them) are left
 * out of the output, and arrays are refused (valibot's `object` alone accepts them).
 */
export function record<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(v.custom<Record<string, unknown>>(isPlainRecord, 'should be an object'), v.object(entries));
}

/** Text of at most `max` characters. */
export function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** Text of at most `max` characters, empty when missing. */
export function optionalText(max: number) {
  return v.optional(text(max), '');
}

/** An identifier: 1 to 64 characters. */
export const idField = v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_LIMITS.id));

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Whether `value` is an instant as `Date#toISOString()` writes it, naming a real time. */
export function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
  const time = Date.parse(value);
  // Date.parse accepts 30 February as 2 March: the round trip refuses it.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** An instant as `Date#toISOString()` writes it: `2026-11-28T13:45:37.000Z`. */
export const timestampField = v.custom<string>(isIsoTimestamp, 'should be a date and time');

/** A calendar date `YYYY-MM-DD`. */
export const isoDateField = v.custom<IsoDate>(isIsoDate, 'should be a date written YYYY-MM-DD');

/** A calendar date `YYYY-MM-DD`, or `''` when not known; `''` when missing. */
export const optionalIsoDateField = v.optional(
  v.custom<IsoDate | ''>(
    (value) => value === '' || isIsoDate(value),
    'should be a date written YYYY-MM-DD, or empty',
  ),
  '',
);
