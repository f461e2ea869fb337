import type { ProseBlock } from '../extract/prose.ts';
import type { DocumentRecord, InfoboxRecord, OfficialRecord, SectionRecord, TenureRecord } from '../schema/records.ts';

/** A tenure as extraction gives it (reconcile adds `person_id` and `organization_id`). */
export type ExtractedTenure = Omit<TenureRecord, 'person_id' | 'organization_id'>;

/** A list item outside leader lists (e.g. an internal bureau), with the headings it is under. */
export interface ListItemInput {
  /** Headings containing the item, outermost first, innermost (its own section) last. */
  section: readonly string[];
  /** The item text after the bullet or number, trimmed. */
  text: string;
  line: number;
  /** Column of `text`. */
  column: number;
}

/**
 * What reconcile reads of a document: the fields of `DocumentExtraction` it needs (a
 * `DocumentExtraction` fits as it is), plus two optional extras:
 * - `text`, the normalised document text: columns of infobox, heading and leader mentions are then
 *   found in the line itself (without it they follow the standard layout `- Key: Value`,
 *   `== Heading ==`, `; Header`), and `listItems` are read from it when not given;
 * - `listItems`: list items that are not leader entries, for internal units (see `units.ts`).
 */
export interface ReconcileDocument {
  document: DocumentRecord;
  infobox: readonly InfoboxRecord[];
  officials: readonly OfficialRecord[];
  sections: readonly SectionRecord[];
  tenures: readonly ExtractedTenure[];
  prose: readonly ProseBlock[];
  text?: string;
  listItems?: readonly ListItemInput[];
  /**
   * The document's id (`document.doc_id`), when the caller has it apart from the record: the
   * stage then reads the other fields (which a caller may decode lazily) only when it needs them.
   */
  id?: string;
  /**
   * A hash of everything the document's fields above are made from (its content, id and path),
   * when the caller has one: the stage then trusts that equal keys mean equal inputs and reuses
   * the last run's hashes of the document instead of hashing its data again.
   */
  key?: string;
}

/** Lines of a document's text, when the text is there. */
export class DocLines {
  private starts: number[] | null = null;

  constructor(private readonly text: string | undefined) {}

  get hasText(): boolean {
    return this.text !== undefined;
  }

  /** The text of a 1-based line, or null without text. */
  line(n: number): string | null {
    if (this.text === undefined) return null;
    if (this.starts === null) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    const start = this.starts[n - 1];
    if (start === undefined) return null;
    const next = this.starts[n];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }

  /** 1-based column of `needle` in line n at or after `from` (1-based), else `fallback`. */
  column(n: number, needle: string, fallback: number, from = 1): number {
    const text = this.line(n);
    if (text === null || needle === '') return fallback;
    const at = text.indexOf(needle, Math.max(0, from - 1));
    return at === -1 ? fallback : at + 1;
  }
}
