import type { ExportKind } from '@thiphapluat/shared';
import type { Report } from '../report.js';
import type { SourceContext } from './context.js';
import { participantsReport } from './participants.js';
import { resultsReport } from './results.js';
import { itemsReport, summaryReport, unitRankingReport } from './stats.js';

type Params = Record<string, unknown>;
const optional = (v: unknown): { value: number } | null => (v === undefined || v === null ? null : { value: Number(v) });

/** The report an export row asks for; its params were validated when the export was created. */
export function buildReport(kind: ExportKind, params: Params, src: SourceContext): Report {
  const contestId = Number(params.contestId);
  const round = optional(params.roundId);
  switch (kind) {
    case 'results':
      return resultsReport(src, { contestId, ...(round ? { roundId: round.value } : {}) });
    case 'participants':
      return participantsReport(src, { contestId });
    case 'unit_ranking':
      return unitRankingReport(src, { contestId });
    case 'summary':
      return summaryReport(src, { from: String(params.from), to: String(params.to) });
    case 'items':
      return itemsReport(src, { ...(params.contestId === undefined ? {} : { contestId }), ...(round ? { roundId: round.value } : {}) });
  }
}
