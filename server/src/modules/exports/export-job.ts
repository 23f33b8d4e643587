import { renameSync, statSync, unlinkSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { organizations } from '@thiphapluat/db';
import { EXPORT_TTL_MS, type ExportFormat, type ExportKind } from '@thiphapluat/shared';
import type { JobContext } from '../../adapters/queue/index.js';
import type { AppContext } from '../../context.js';
import { exportFilePath, openReader } from './files.js';
import type { Report } from './report.js';
import * as repo from './exports.repository.js';
import { buildReport } from './sources/index.js';
import { WRITERS } from './writers/index.js';

export const EXPORT_JOB = 'export';

/** Removes a file if it is there; anything else in the way (a directory) is left for the next run to trip on. */
function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing to remove
  }
}
/** Runs of one export, the first included: a crash is retried twice before the export shows as failed. */
export const EXPORT_MAX_RUNS = 3;
export const EXPORT_BACKOFF_MS = 1000;

export interface ExportJobData {
  exportId: string;
}

/** Rows between two yields to the event loop, so the app keeps answering while a file is written. */
const YIELD_EVERY = 500;

/**
 * Counts rows as the writer goes and reports whole percents (to the queue and to the export row) at
 * most once per percent; yields to the event loop now and then so streams drain and requests are served.
 */
function progressTicker(total: number, report: (percent: number) => Promise<void>) {
  let done = 0;
  let shown = -1;
  return {
    get rows() {
      return done;
    },
    tick: async (): Promise<void> => {
      done += 1;
      const percent = total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;
      if (percent !== shown) {
        shown = percent;
        await report(percent);
      }
      if (done % YIELD_EVERY === 0) await new Promise<void>((r) => setImmediate(r));
    },
  };
}

/**
 * Writes a report to `path` (through a `.part` file, so a crash never leaves a half file under the real
 * name) and answers the rows written. Shared by the job and the benchmark.
 */
export async function writeReport(report: Report, format: ExportFormat, path: string, onPercent: (p: number) => Promise<void>): Promise<number> {
  const total = report.sections.reduce((n, s) => n + s.total, 0);
  const ticker = progressTicker(total, onPercent);
  const part = `${path}.part`;
  try {
    await WRITERS[format](report, part, ticker.tick);
    renameSync(part, path);
  } finally {
    removeFile(part);
  }
  return ticker.rows;
}

/**
 * The export job: the same code on the in-process queue and on BullMQ. The export row is the record the
 * studio reads; a run that finds it already finished does nothing, so a duplicate delivery is harmless.
 * A failed run leaves the row queued with its error while the queue retries, and failed after the last.
 */
export function exportJobHandler(ctx: AppContext) {
  return async (job: JobContext<ExportJobData>): Promise<{ rows: number }> => {
    const row = repo.findExport(ctx.db, job.data.exportId);
    if (!row || (row.status !== 'queued' && row.status !== 'running')) return { rows: row?.rowCount ?? 0 };
    // Runs are counted on the row, across restarts too: the queue's own count starts again after one.
    repo.updateExport(ctx.db, row.id, { status: 'running', runs: row.runs + 1, startedAt: ctx.clock.now(), progress: 0 });
    const format = row.format as ExportFormat;
    const path = exportFilePath(ctx.db, row.id, format);
    const reader = openReader(ctx.db);
    try {
      const organizationName = ctx.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, row.organizationId)).get()?.name ?? '';
      const report = buildReport(row.kind as ExportKind, row.params, {
        reader,
        db: ctx.db,
        organizationId: row.organizationId,
        organizationName,
        now: ctx.clock.now(),
        unmaskedPhone: row.params.unmaskedPhone === true,
      });
      const rows = await writeReport(report, format, path, async (percent) => {
        repo.updateExport(ctx.db, row.id, { progress: percent });
        await job.progress(percent);
      });
      const finishedAt = ctx.clock.now();
      repo.updateExport(ctx.db, row.id, {
        status: 'done',
        progress: 100,
        error: null,
        rowCount: rows,
        sizeBytes: statSync(path).size,
        finishedAt,
        expiresAt: finishedAt + EXPORT_TTL_MS,
      });
      return { rows };
    } catch (err) {
      removeFile(path);
      const message = err instanceof Error ? err.message : String(err);
      const last = job.attempt >= EXPORT_MAX_RUNS;
      repo.updateExport(ctx.db, row.id, { status: last ? 'failed' : 'queued', error: message, ...(last ? { finishedAt: ctx.clock.now() } : {}) });
      throw err;
    } finally {
      reader.close();
    }
  };
}
