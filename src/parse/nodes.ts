import type { Data, Literal, Parent } from 'mdast';

/** `= Title =`, `== Section ==`, `=== Subsection ===` …: depth is the number of "=". */
export interface WikiHeading extends Literal {
  type: 'wikiHeading';
  depth: number;
  data?: Data;
}

/** `; Header` line introducing a leader list. */
export interface WikiTerm extends Literal {
  type: 'wikiTerm';
  data?: Data;
}

/** One `- Key: Value` line of an infobox block; value is the text after the bullet. */
export interface InfoboxLine extends Literal {
  type: 'infoboxLine';
  /** The indented lines right after it that wrap its value, trimmed and joined with a space. */
  more?: string;
  data?: Data;
}

/** The block of field lines after a line reading `Infobox`. */
export interface Infobox extends Parent {
  type: 'infobox';
  children: InfoboxLine[];
  data?: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    wikiHeading: WikiHeading;
    wikiTerm: WikiTerm;
    infobox: Infobox;
    infoboxLine: InfoboxLine;
  }
}
