/** The job seeker's own details, used to sign scripts and emails. */
import type * as v from 'valibot';
import { TEXT_LIMITS } from '../../limits';
import { profileMigrations } from '../migrations';
import type { StoredSpec } from '../stored-value';
import { checkWith } from './check';
import { optionalText, record } from './fields';

/** Who is calling: empty strings until the user fills them in. */
export interface Profile {
  fullName: string;
  phone: string;
  email: string;
}

/** An empty profile. */
export const DEFAULT_PROFILE: Profile = { fullName: '', phone: '', email: '' };

/** Validates a profile; a missing field is empty. */
export const profileSchema: v.GenericSchema<unknown, Profile> = record({
  fullName: optionalText(TEXT_LIMITS.fullName),
  phone: optionalText(TEXT_LIMITS.phone),
  email: optionalText(TEXT_LIMITS.email),
});

/** How the profile is stored: version 1, the same object unversioned before that. */
export const profileSpec: StoredSpec<Profile> = {
  version: 1,
  check: checkWith(profileSchema),
  fallback: DEFAULT_PROFILE,
  migrations: profileMigrations,
};
