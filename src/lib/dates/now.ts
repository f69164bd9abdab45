/**
 * The one reading of the clock, in a file of its own: the stores every page loads stamp
 * their backups with it, and importing it from here keeps the rest of the date code
 * (calendar arithmetic, formatters) out of what a lesson page loads.
 */

/** The current instant. The one reading of the clock: code elsewhere takes it, or today, as an argument. */
export function currentInstant(): Date {
  return new Date();
}
