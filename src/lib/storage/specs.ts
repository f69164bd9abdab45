/** The stored spec of each part of the data, in the order exports list them. */
import type { DataPart, DataSnapshot } from './export';
import { applicationsSpec } from './schemas/applications';
import { practiceSpec } from './schemas/practice';
import { profileSpec } from './schemas/profile';
import { progressSpec } from './schemas/progress';
import { settingsSpec } from './schemas/settings';
import type { StoredSpec } from './stored-value';

/** How each part is stored: its version, validator, default and migrations. */
export const DATA_SPECS: { [Part in DataPart]: StoredSpec<DataSnapshot[Part]> } = {
  profile: profileSpec,
  applications: applicationsSpec,
  practice: practiceSpec,
  progress: progressSpec,
  settings: settingsSpec,
};

/** Every part's name. */
export const DATA_PARTS = Object.keys(DATA_SPECS) as DataPart[];

/** Whether `name` is one of the parts (a backup key's name may be anything). */
export function isDataPart(name: string): name is DataPart {
  return Object.hasOwn(DATA_SPECS, name);
}
