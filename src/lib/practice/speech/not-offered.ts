/**
 * The one sentence shown, from the first paint, where the browser cannot listen on the
 * device. Kept apart from the check's other messages, which load with the check.
 */

/** Beside the disabled "Check what I said" box. */
export const NOT_OFFERED =
  'This browser cannot listen on this device, so the check is off and nothing is ever sent anywhere. The timer works without it.';
