/**
 * $profile: the user's own name, phone and email, used to sign scripts.
 *
 * Key `cc:profile`, JSON `{"version":1,"data":{"fullName":"…","phone":"…","email":"…"}}`.
 * Version 1; a missing field is empty. Version 0 (the prototype) was the same object
 * without the envelope.
 */
import { clampText } from '../lib/clamp';
import { TEXT_LIMITS } from '../lib/limits';
import type { SaveResult } from '../lib/storage/save-result';
import { profileSpec, type Profile } from '../lib/storage/schemas/profile';
import { persisted } from './persisted';

/** The user's own details. */
export const $profile = persisted('profile', profileSpec);

/** Change some of the user's details; text beyond the field's limit is cut. What became of the change. */
export function updateProfile(patch: Partial<Profile>): SaveResult {
  // Through update: a field another tab changed meanwhile keeps that tab's text.
  return $profile.update((current) => {
    const next = { ...current };
    for (const field of ['fullName', 'phone', 'email'] as const) {
      const value = patch[field];
      if (value !== undefined) next[field] = clampText(value, TEXT_LIMITS[field]);
    }
    return next;
  });
}
