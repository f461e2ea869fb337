/**
 * Strings kept past the text they were cut from. A slice of a string may share its parent's
 * characters in V8, and keep the whole parent alive: a name cut from a document would keep that
 * document's text in memory, once for each time the text was decoded.
 */

/** `text` as a string that shares no characters with another. */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Detached strings, each kept once: a corpus writes the same names again and again. */
export class StringPool {
  readonly #strings = new Map<string, string>();

  /** `text` detached, the same string for equal texts. */
  get(text: string): string {
    let kept = this.#strings.get(text);
    if (kept === undefined) {
      kept = detached(text);
      this.#strings.set(kept, kept);
    }
    return kept;
  }
}
