/** The stack of open headings while walking a document top to bottom. */
export class HeadingTrail {
  private readonly open: { depth: number; text: string }[] = [];

  /** Enters a heading; returns its ancestors' texts, outermost first. */
  enter(depth: number, text: string): string[] {
    while (this.open.length > 0 && this.open[this.open.length - 1]!.depth >= depth) this.open.pop();
    const ancestors = this.open.map((h) => h.text);
    this.open.push({ depth, text });
    return ancestors;
  }

  /** Texts of the open headings, outermost first. */
  path(): string[] {
    return this.open.map((h) => h.text);
  }
}
