/**
 * Validators as plain functions. A stored value is checked by a `Check`: the large
 * shapes wrap a valibot schema (`checkWith`), while the two values every page reads
 * (progress, settings) have small hand-written checks, so a lesson page never loads
 * valibot.
 */
import { safeParse, type BaseIssue, type GenericSchema } from 'valibot';

/**
 * The checked value (unknown fields dropped), or what is wrong: a short message, and for
 * a valibot schema the issue itself, which the import (loaded only when a file is
 * chosen) puts in a user's words with describeIssue, so pages that only read skip it.
 */
export type CheckResult<T> =
  { ok: true; value: T } | { ok: false; message: string; issue?: BaseIssue<unknown> };

/** Checks unknown data against one stored shape. */
export type Check<T> = (data: unknown) => CheckResult<T>;

/** A `Check` backed by a valibot schema; the message names the field at fault. */
export function checkWith<T>(schema: GenericSchema<unknown, T>): Check<T> {
  return (data) => {
    const result = safeParse(schema, data);
    return result.success
      ? { ok: true, value: result.output }
      : {
          ok: false,
          message: `${(result.issues[0].path ?? []).map((item) => String(item.key)).join('.')}: ${result.issues[0].message}`,
          issue: result.issues[0],
        };
  };
}
