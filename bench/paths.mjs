/** Where the bench lives and writes: the project root and its git-ignored scratch folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Scratch space for builds, browser profiles and logs; removed when the bench ends. */
export const TMP = path.join(ROOT, 'bench', '.tmp');

/** The report the bench writes. */
export const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');
