/** Identifiers for applications, activity entries and practice runs. */

/** Fill a byte array with random values (the Web Crypto API by default). */
export type RandomFill = (bytes: Uint8Array) => Uint8Array;

// getRandomValues, unlike randomUUID, also works on pages served over plain http.
const fillFromCrypto: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** A new random id: 20 lowercase hex characters (80 bits). */
export function createId(fill: RandomFill = fillFromCrypto): string {
  return Array.from(fill(new Uint8Array(10)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
