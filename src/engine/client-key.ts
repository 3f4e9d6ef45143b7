const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/**
 * A client's identity: the one key every layer matches clients by (the reader's interning, the
 * previous run's rows, typed notes, dossiers, picked names). Control characters do not count: a
 * cell written to a workbook and read back (or exported by another tool) may lose them, and the
 * client must stay the same client.
 * @example clientKey("  ACME Ltd ") // "acme ltd"
 * @example clientKey("Acme\u0007") // "acme"
 */
export function clientKey(name: string): string {
  const text = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
  // Printable ASCII, as most names are, is its own NFC: the normalizer is not called for it.
  return (PRINTABLE_ASCII.test(text) ? text : text.normalize("NFC")).toLowerCase();
}
