import { describe, expect, it } from 'vitest';
import type { PipelineProgress } from '../../src/pipeline/index.ts';
import { run, workspace } from './helpers.ts';

/** The stages a run reports, each once, in order. */
function stagesOf(reports: readonly PipelineProgress[]): string[] {
  return reports.map((p) => p.stage).filter((stage, i, all) => stage !== all[i - 1]);
}

describe('progress', () => {
  it('counts the documents, then says when the corpus-level step and the writing begin', async () => {
    const dir = await workspace('wikidex-progress-');
    const reports: PipelineProgress[] = [];
    await run(dir, { onProgress: (p) => reports.push(p) });
    expect(stagesOf(reports)).toEqual(['documents', 'reconciling', 'writing']);
    const documents = reports.filter((p) => p.stage === 'documents');
    expect(documents.map((p) => p.done)).toEqual(documents.map((_, i) => i + 1));
    expect(reports.filter((p) => p.stage !== 'documents').every((p) => p.done === p.total && p.total === 8)).toBe(true);

    // Nothing changed: the run ends before any corpus-level work.
    const again: PipelineProgress[] = [];
    await run(dir, { onProgress: (p) => again.push(p) });
    expect(again).toEqual([{ done: 8, total: 8, parsed: 0, reused: 8, stage: 'documents' }]);
  });
});
