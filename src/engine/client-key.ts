/**
 * A client's identity: the one key every layer matches clients by (the reader's interning, the
 * previous run's rows, typed notes, dossiers, picked names).
 * @example clientKey("  ACME Ltd ") // "acme ltd"
 */
export function clientKey(name: string): string {
  return name.trim().normalize("NFC").toLowerCase();
}
