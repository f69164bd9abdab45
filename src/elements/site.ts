/**
 * Every small page behaviour, as custom elements: header search, theme switch, storage
 * notice, lesson progress (toggle, ticks, Check yourself), the offline service worker and
 * its update notice. One entry for all pages: an element whose tag is not on a page
 * costs a few hundred bytes, while a separate file per page kind costs more in requests
 * and lost compression than it saves (astro.config.mjs keeps it and the stores it
 * needs in one `site` chunk). The home page's progress summary is the exception: with
 * the progress wording it needs (lib/lesson-progress.ts) it weighs 0.5 KiB gzip, which
 * every lesson would carry for a page of its own; ProgressSummary.astro loads it.
 */
import './site-search';
import './theme-select';
import './storage-notice';
import './progress-toggle';
import './lesson-ticks';
import './check-yourself';
import './offline-support';
