import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentExtraction } from '../extract/document.ts';
import { Fixture, type AuditTable } from './fixture-schema.ts';

export interface LoadedFixtures {
  fixtures: Map<string, Fixture>;
  errors: { file: string; line: number | null; message: string }[];
}

/** Loads every `<doc_id>.json` in the folder (not below it); a broken fixture is an error, not a crash. */
export async function loadFixtures(dir: string): Promise<LoadedFixtures> {
  const fixtures = new Map<string, Fixture>();
  const errors: LoadedFixtures['errors'] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return { fixtures, errors: [{ file: dir, line: null, message: 'fixtures folder not found' }] };
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const parsed = Fixture.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) {
        errors.push({ file, line: null, message: `not a valid fixture: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
        continue;
      }
      fixtures.set(parsed.data.doc_id, parsed.data);
    } catch (error) {
      errors.push({ file, line: null, message: `unreadable fixture: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { fixtures, errors };
}

/** The extraction of one document in the fixture's shape. */
export function fixtureOf(extraction: DocumentExtraction): Fixture {
  const { document } = extraction;
  return {
    doc_id: document.doc_id,
    source: document.source,
    notes: [],
    title: document.title,
    title_line: document.title_line,
    infobox: extraction.infobox.map(({ key, value, line }) => ({ key, value, line })),
    officials: extraction.officials.map(({ name, position, line }) => ({ name, position, line })),
    sections: extraction.sections.map(({ level, heading, path: p, line }) => ({ level, heading, path: p, line })),
    tenures: extraction.tenures.map(({ person, native_name, position, start, end, incumbent, note, ordinal, line }) => ({ person, native_name, position, start, end, incumbent, note, ordinal, line })),
    dates: extraction.dates.map(({ line, sentence, text, value, kind }) => ({ line, sentence, text, value, kind })),
  };
}

/** Rows per audited table, from a fixture (expected) or an extraction turned into one (actual). */
export function rowsOf(fixture: Fixture, table: AuditTable): Record<string, unknown>[] {
  if (table === 'title') return fixture.title === null ? [] : [{ title: fixture.title, line: fixture.title_line }];
  return fixture[table];
}
