/** The small behaviours every page has: header search and theme switch. One file, one request. */
import './site-search';
import './theme-select';
