/** Where the bench lives and writes: the project root and its git-ignored scratch folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Scratch space for builds, browser profiles and logs, one folder a run (several people
 * may run the bench at once on this machine); removed when the run ends.
 */
export const TMP = path.join(ROOT, 'bench', '.tmp', String(process.pid));

/** The report the bench writes. */
export const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');
