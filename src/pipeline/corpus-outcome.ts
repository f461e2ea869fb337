/**
 * What a run keeps of each document for the corpus-level step, which needs every document at
 * once. Nothing is decoded until the step asks for it: a rerun that reuses the last
 * reconciliation reads the outcome and text of the changed documents only. Until then the
 * entry's outcome bytes (checked against their CRC when the entry was opened) and the bytes of
 * the document are held, off the JS heap; once decoded, only the outcome without its dates and
 * problems (already written; the largest part of an outcome), with prose paragraphs as views
 * into the document's text rather than copies of it.
 */
import type { ProseBlock } from '../extract/prose.ts';
import type { DocumentOutcome } from '../process-document.ts';
import { decodeDocument, type SourceFile } from '../read/index.ts';
import type { StoredOutcome } from '../workers/render.ts';

/** A paragraph's text as a slice of the document text when it is one (it is: paragraphs are taken verbatim). */
function sliced(block: ProseBlock, text: string | null): ProseBlock {
  if (text === null) return block;
  const view = text.slice(block.offset, block.offset + block.text.length);
  return view === block.text ? { ...block, text: view } : block;
}

export function forCorpus(outcome: DocumentOutcome, text: string | null): DocumentOutcome {
  if (!outcome.ok) return outcome;
  const { extraction } = outcome;
  return { ...outcome, extraction: { ...extraction, dates: [], problems: [], prose: extraction.prose.map((block) => sliced(block, text)) } };
}

/** Thrown when an entry's outcome, read on demand, is damaged: `entry.recover()`, then try again. */
export class DamagedOutcome extends Error {
  constructor(
    readonly entry: CorpusEntry,
    readonly reason: string,
  ) {
    super(`cache entry for ${entry.file.source} has a damaged outcome (${reason})`);
  }
}

/**
 * Extracts a document again from the bytes hashed (its entry's outcome was damaged), stores the
 * new entry and returns its outcome bytes.
 */
export type Recover = (data: Buffer, reason: string) => Promise<Buffer>;

/** The entry's outcome bytes: in hand, or read (and checked) when asked for; this throws if damaged. */
export type Tail = Buffer | (() => Buffer);

/** One document of the run for the corpus-level step; its outcome and text are decoded on first use. */
export class CorpusEntry {
  #tail: Tail | null;
  #data: Buffer | null;
  #text: string | null | undefined;
  #outcome: DocumentOutcome | undefined;

  /**
   * `tail`: the entry's outcome JSON (see StoredOutcome). `text`: the decoded text when the
   * document was just parsed; `data`: the document's bytes, for its text otherwise and to
   * `recover` a damaged outcome read on demand.
   */
  constructor(
    readonly file: SourceFile,
    readonly sha256: string | null,
    readonly ok: boolean,
    tail: Tail,
    text: string | null,
    data: Buffer | null,
    private readonly recoverWith: Recover | null = null,
  ) {
    this.#tail = tail;
    this.#text = text ?? (data === null || !ok ? null : undefined);
    this.#data = data;
    this.#release();
  }

  /** The bytes are dropped once neither the text nor the outcome can need them. */
  #release(): void {
    if (this.#text !== undefined && (this.#outcome !== undefined || typeof this.#tail !== 'function' || this.recoverWith === null)) this.#data = null;
  }

  /** Whether the document's text can be had (its bytes were read and it was extracted). */
  get hasText(): boolean {
    return this.#text !== null;
  }

  /** The document's text as the extractors saw it (decoded, line endings normalised); null if not read. */
  text(): string | null {
    if (this.#text === undefined) {
      const decoded = decodeDocument(this.#data!);
      this.#text = decoded.ok ? decoded.text : null;
      this.#release();
    }
    return this.#text;
  }

  /** The outcome, as `forCorpus` keeps it; throws `DamagedOutcome` when read on demand and damaged. */
  outcome(): DocumentOutcome {
    if (this.#outcome === undefined) {
      const tail = this.#tail!;
      let bytes: Buffer;
      try {
        bytes = typeof tail === 'function' ? tail() : tail;
      } catch (error) {
        throw new DamagedOutcome(this, error instanceof Error ? error.message : String(error));
      }
      const stored = JSON.parse(bytes.toString('utf8')) as StoredOutcome;
      this.#outcome = forCorpus({ ...stored, file: this.file } as DocumentOutcome, this.ok ? this.text() : null);
      this.#tail = null;
      this.#release();
    }
    return this.#outcome;
  }

  /** After `DamagedOutcome`: the document extracted again from its bytes. */
  async recover(reason: string): Promise<void> {
    if (this.recoverWith === null || this.#data === null) throw new Error(`cannot recover ${this.file.source}: ${reason}`);
    this.#tail = await this.recoverWith(this.#data, reason);
  }
}

/** `fn()`, recovering each damaged outcome it runs into and trying again. */
export async function withRecovery<T>(fn: () => T): Promise<T> {
  for (;;) {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof DamagedOutcome)) throw error;
      await error.entry.recover(error.reason);
    }
  }
}
