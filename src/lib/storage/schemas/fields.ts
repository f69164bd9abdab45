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

/**
 * Whether `id` is safe wherever the tools put it (CSS selectors, element ids, link
 * fragments): letters, digits, `-` and `_` only, and at least one digit, so it can never
 * be a word such as `main` or `list` that a page already uses as an element id.
 * createId() always gives one.
 */
export function isSafeId(id: string): boolean {
  return id.length <= TEXT_LIMITS.id && /^[\w-]+$/.test(id) && /\d/.test(id);
}

/** A safe id made from any other: the same text always gives the same id (FNV-1a, 2 × 32 bits). */
export function rekeyId(id: string): string {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code ^ (low >>> 24), 0x01000193) >>> 0;
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `k0${hex(high)}${hex(low)}`;
}

/**
 * An identifier: 1 to 64 characters. One that is not safe (an imported `a)b`, `%` or
 * `main`) is re-keyed to a safe one, the same each time it is read, so that what is
 * read or imported can never break a selector, a link or an element id.
 */
export const idField = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(TEXT_LIMITS.id),
  v.transform((id) => (isSafeId(id) ? id : rekeyId(id))),
);

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
