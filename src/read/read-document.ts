import { createHash } from 'node:crypto';
import { decodeDocument, type DecodeError } from './decode.ts';
import type { SourceFile } from './discover.ts';

/** A document's decoded text with what identifies it. */
export interface SourceDocument {
  docId: string;
  source: string;
  sha256: string;
  bytes: number;
  text: string;
}

export type ReadResult =
  | { ok: true; document: SourceDocument }
  | { ok: false; file: SourceFile; sha256: string; error: DecodeError | { code: 'empty' | 'too-large'; message: string; byteOffset: number; line: number } };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Turns a file's bytes into a document, or a located error for that file alone. */
export function readDocument(file: SourceFile, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  const sha256 = sha256Of(bytes);
  if (bytes.length > maxBytes) {
    return { ok: false, file, sha256, error: { code: 'too-large', message: `document is ${bytes.length} bytes, over the limit of ${maxBytes}; split it or raise --max-bytes`, byteOffset: maxBytes, line: 1 } };
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { ok: false, file, sha256, error: decoded.error };
  if (decoded.text.trim() === '') {
    return { ok: false, file, sha256, error: { code: 'empty', message: 'document is empty (no text, or white space only); add its text or remove the file', byteOffset: 0, line: 1 } };
  }
  return { ok: true, document: { docId: file.docId, source: file.source, sha256, bytes: bytes.length, text: decoded.text } };
}
