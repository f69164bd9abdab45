/** A lesson page's behaviours: its "Mark as done" toggle and the ticked lesson list. */
import './progress-toggle';
import './lesson-ticks';
