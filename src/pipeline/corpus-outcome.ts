/**
 * What a run keeps of each document for the corpus-level step, which needs every document at
 * once. Nothing is decoded until the step asks for it: a rerun that reuses the last
 * reconciliation reads the outcome and text of the changed documents only. Until then the
 * entry's outcome bytes (checked against their CRC when the entry was opened) and the bytes of
 * the document are held, off the JS heap. Once decoded, only the outcome without its dates,
 * problems and paragraphs is held (the first two are already written, and the largest part of
 * an outcome; they are not even parsed, see `encodeTail`), and the paragraphs as places in the
 * text (see `prose()`), read from an entry on disk only when asked for. The text itself (two
 * bytes a character in memory as soon as one is outside Latin-1, against about one in UTF-8) is
 * decoded again from the bytes whenever it is read; only the last one decoded is kept.
 */
import type { ProseBlock } from '../extract/prose.ts';
import type { DocumentOutcome } from '../process-document.ts';
import { decodeDocument, type SourceFile } from '../read/index.ts';
import { decodeTailCore, decodeTailProse } from '../workers/render.ts';

/** A paragraph as held: its place in the text when it is verbatim there (it is), else as it was. */
type HeldBlock = ProseBlock | (Omit<ProseBlock, 'text'> & { length: number });

function held(block: ProseBlock, text: string | null): HeldBlock {
  if (text === null || text.slice(block.offset, block.offset + block.text.length) !== block.text) return block;
  const { text: _, ...place } = block;
  return { ...place, length: block.text.length };
}

function paragraph(block: HeldBlock, text: string | null): ProseBlock {
  if (!('length' in block)) return block;
  const { length, ...place } = block;
  return { ...place, text: text!.slice(block.offset, block.offset + length) };
}

/** The text decoded last: the stage reads a document's text and paragraphs one after the other. */
let lastDecoded: { entry: CorpusEntry; text: string | null } | null = null;

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

/** One document of the run for the corpus-level step; its outcome is decoded on first use, its text on each. */
export class CorpusEntry {
  #tail: Tail | null;
  #outcome: DocumentOutcome | undefined;
  /** null: not read yet (from the tail, when first asked for). */
  #prose: HeldBlock[] | null = null;

  /**
   * `tail`: the entry's outcome JSON (see StoredOutcome). `data`: the document's bytes, for its
   * text and to `recover` a damaged outcome read on demand.
   */
  constructor(
    readonly file: SourceFile,
    readonly sha256: string | null,
    readonly ok: boolean,
    tail: Tail,
    private readonly data: Buffer | null,
    private readonly recoverWith: Recover | null = null,
  ) {
    this.#tail = tail;
  }

  /** Whether the document's text can be had (its bytes were read and it was extracted). */
  get hasText(): boolean {
    return this.ok && this.data !== null;
  }

  /** The document's text as the extractors saw it (decoded, line endings normalised); null if not read. */
  text(): string | null {
    if (!this.hasText) return null;
    if (lastDecoded?.entry !== this) {
      const decoded = decodeDocument(this.data!);
      lastDecoded = { entry: this, text: decoded.ok ? decoded.text : null };
    }
    return lastDecoded.text;
  }

  /** The tail's bytes; throws `DamagedOutcome` when read on demand and damaged. */
  #tailBytes(): Buffer {
    const tail = this.#tail!;
    try {
      return typeof tail === 'function' ? tail() : tail;
    } catch (error) {
      throw new DamagedOutcome(this, error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * The outcome without dates, problems or paragraphs (see `prose()`); throws `DamagedOutcome`
   * when read on demand and damaged. Only the first line of the tail is parsed (and the
   * paragraphs, when the tail is in hand: it is then let go).
   */
  outcome(): DocumentOutcome {
    if (this.#outcome === undefined) {
      const bytes = this.#tailBytes();
      const outcome = { ...decodeTailCore(bytes), file: this.file } as DocumentOutcome;
      if (!outcome.ok) this.#prose = [];
      else if (Buffer.isBuffer(this.#tail)) this.#holdProse(bytes);
      this.#outcome = outcome;
      // A tail on disk is kept as the means to read it (the paragraphs, if asked for).
      if (this.#prose !== null) this.#tail = null;
    }
    return this.#outcome;
  }

  #holdProse(bytes: Buffer): void {
    const text = this.text();
    this.#prose = decodeTailProse(bytes).map((block) => held(block, text));
  }

  /** The outcome's prose paragraphs (cut from the text again when it is read: one decoding for all). */
  prose(): ProseBlock[] {
    this.outcome();
    if (this.#prose === null) {
      this.#holdProse(this.#tailBytes());
      this.#tail = null;
    }
    const blocks = this.#prose!;
    const text = blocks.some((block) => 'length' in block) ? this.text() : null;
    return blocks.map((block) => paragraph(block, text));
  }

  /** After `DamagedOutcome`: the document extracted again from its bytes. */
  async recover(reason: string): Promise<void> {
    if (this.recoverWith === null || this.data === null) throw new Error(`cannot recover ${this.file.source}: ${reason}`);
    this.#tail = await this.recoverWith(this.data, reason);
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
