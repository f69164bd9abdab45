/** The home page's behaviours: progress summary with continue and reset, ticked lesson list. */
import './progress-summary';
import './lesson-ticks';
