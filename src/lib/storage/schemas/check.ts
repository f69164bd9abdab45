/**
 * Validators as plain functions. A stored value is checked by a `Check`: the large
 * shapes wrap a valibot schema (`checkWith`), while the two values every page reads
 * (progress, settings) have small hand-written checks, so a lesson page never loads
 * valibot.
 */
import { safeParse, type GenericSchema } from 'valibot';
import { describeIssue } from '../describe-issue';

/** The checked value (unknown fields dropped), or a sentence saying what is wrong. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks unknown data against one stored shape. */
export type Check<T> = (data: unknown) => CheckResult<T>;

/** A `Check` backed by a valibot schema; the message names the field at fault. */
export function checkWith<T>(schema: GenericSchema<unknown, T>): Check<T> {
  return (data) => {
    const result = safeParse(schema, data);
    return result.success
      ? { ok: true, value: result.output }
      : { ok: false, message: describeIssue(result.issues[0]) };
  };
}
