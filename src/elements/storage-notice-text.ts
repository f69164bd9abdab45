/**
 * The words and look of <storage-notice> (storage-notice.ts), loaded the first time this
 * browser's storage gives trouble, so no page carries them before (0.4 KiB gzip a page).
 * A standalone script, as search-panel.ts is: it puts the sentences, hidden, in every
 * notice on the page and, once their styles apply, fires NOTICE_READY on each; the
 * element then shows the ones that apply.
 */
import { withBase } from '../lib/paths';
import { loadStyles } from './load-styles';
import { NOTICE_READY } from './storage-notice-event';
import stylesUrl from './storage-notice.css?url';

/** Each problem's sentence, before and after its link to My data. */
const SENTENCES: Record<string, [string, string]> = {
  recovered: [
    'Some saved data could not be read, so that part started afresh. A copy of it was kept: see ',
    '.',
  ],
  uncopied: [
    'Some saved data could not be read, and there was no room to keep a copy, so it is left as it was and changes to it are not saved. See ',
    '.',
  ],
  newer: [
    'Some of your data was saved by a newer version of Callback Coach; it is left untouched, and changes to it on this page are not saved. Reload to get the newest version, or see ',
    '.',
  ],
  off: [
    'Saving is off in this browser: what you enter is lost when you reload or leave this page. See ',
    ' to export.',
  ],
  full: [
    'This browser’s storage is full: your latest changes are kept only while this page is open. See ',
    '.',
  ],
  big: [
    'Your latest change was not saved: it would make your data bigger than this browser keeps for Callback Coach. See ',
    ' for what to do.',
  ],
};

const styled = loadStyles(stylesUrl);
const notices = [...document.querySelectorAll('storage-notice')];
const myData = withBase(import.meta.env.BASE_URL, '/my-data/');
for (const notice of notices) {
  notice.querySelector('.text')?.replaceChildren(
    ...Object.entries(SENTENCES).map(([when, [before, after]]) => {
      const line = document.createElement('p');
      line.dataset['when'] = when;
      line.hidden = true;
      const link = document.createElement('a');
      link.href = myData;
      link.textContent = 'My data';
      line.append(before, link, after);
      return line;
    }),
  );
}
void styled.then(() => {
  for (const notice of notices) notice.dispatchEvent(new Event(NOTICE_READY));
});
