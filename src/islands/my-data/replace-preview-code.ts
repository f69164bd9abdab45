/**
 * The "Replace your data?" preview, loaded with the file or backup it previews: only an
 * import or a restore shows it, so My data does not carry it at load.
 */
import { lazyModule } from '../parts/lazy-module';

/** ReplacePreview's module; `now()` has it once an import or a restore has loaded it. */
export const replacePreviewCode = lazyModule(() => import('./ReplacePreview'));
