/** A problem found in one document; the pipeline adds the file and document id. */
export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  line: number | null;
  column: number | null;
  message: string;
}

export const warning = (code: string, line: number | null, message: string, column: number | null = null): Problem => ({
  severity: 'warning',
  code,
  line,
  column,
  message,
});

/** Text quoted for a message, cut to `max` characters: messages stay short whatever the document holds. */
export function quoted(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
