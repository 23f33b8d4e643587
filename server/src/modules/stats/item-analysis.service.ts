import { sql, type SQL } from 'drizzle-orm';
import { rounds, type DbOrTx } from '@thiphapluat/db';
import { vnDateTime, type FieldAccuracy, type ItemAnalysisReport, type ItemAnalysisScope, type ItemQuestionStats, type ItemVersionStats } from '@thiphapluat/shared';
import { NotFound } from '../../errors.js';
import * as repo from './item-analysis.repository.js';
import {
  addCell,
  attemptGroups,
  emptyAccumulator,
  figureFlags,
  itemFigures,
  mergeAccumulators,
  miskeyFlag,
  round4,
  type ItemAccumulator,
  type ItemFigures,
} from './item-analysis.stats.js';

const DAY_MS = 86_400_000;
const optionLabel = (i: number) => String.fromCharCode(65 + i);
const dayVi = (d: string) => d.split('-').reverse().join('/');
const r4 = (v: number | null) => (v === null ? null : round4(v));

/**
 * What a scope covers and how the report names it; another organization's round or contest is 404.
 * `rounds` are the organization's rounds the scope may touch; `inside` says whether every attempt
 * of such a round is in the scope (so its stored histogram serves), and `live` narrows the attempts
 * of the others.
 */
function resolveScope(db: DbOrTx, organizationId: number, scope: ItemAnalysisScope) {
  const base = { roundId: null, contestId: null, from: null, to: null };
  if (scope.kind === 'round') {
    const round = repo.roundOfOrganization(db, organizationId, scope.roundId);
    if (!round) throw NotFound('Không tìm thấy đợt thi.');
    return {
      rounds: repo.roundsOf(db, organizationId, sql`${rounds.id} = ${round.id}`),
      inside: () => true,
      live: sql`1 = 1`,
      scope: { ...base, kind: 'round' as const, roundId: round.id, contestId: round.contestId, label: `${round.name} – ${round.contestTitle}` },
    };
  }
  if (scope.kind === 'contest') {
    const contest = repo.contestOfOrganization(db, organizationId, scope.contestId);
    if (!contest) throw NotFound('Không tìm thấy cuộc thi.');
    return {
      rounds: repo.roundsOf(db, organizationId, sql`${rounds.contestId} = ${contest.id}`),
      inside: () => true,
      live: sql`1 = 1`,
      scope: { ...base, kind: 'contest' as const, contestId: contest.id, label: contest.title },
    };
  }
  // Days are Vietnamese calendar days: from its 00:00 (UTC+7) up to the end of `to`. Attempts start
  // while their round is open, so a round open only inside the period has all its attempts in it.
  const from = scope.from ? vnDateTime.parse(`${scope.from}T00:00`)! : null;
  const to = scope.to ? vnDateTime.parse(`${scope.to}T00:00`)! + DAY_MS : null;
  const label =
    scope.from && scope.to ? `Từ ${dayVi(scope.from)} đến ${dayVi(scope.to)}` : scope.from ? `Từ ${dayVi(scope.from)}` : scope.to ? `Đến hết ${dayVi(scope.to)}` : 'Toàn bộ thời gian';
  const all = (xs: SQL[]) => sql.join([sql`1 = 1`, ...xs], sql` AND `);
  return {
    rounds: repo.roundsOf(db, organizationId, all([...(from !== null ? [sql`${rounds.closesAt} >= ${from}`] : []), ...(to !== null ? [sql`${rounds.opensAt} < ${to}`] : [])])),
    inside: (r: { opensAt: number; closesAt: number }) => (from === null || r.opensAt >= from) && (to === null || r.closesAt <= to),
    live: all([...(from !== null ? [sql`at.started_at >= ${from}`] : []), ...(to !== null ? [sql`at.started_at < ${to}`] : [])]),
    scope: { ...base, kind: 'period' as const, from: scope.from ?? null, to: scope.to ?? null, label },
  };
}

/**
 * The scope's histogram and totals: a finalized round wholly inside the scope from its stored rows
 * (computed now if missing, or if a disqualification or reinstatement changed the contest's standing
 * since), every other round live from its attempts.
 */
function histogram(db: DbOrTx, organizationId: number, plan: ReturnType<typeof resolveScope>, now: number) {
  const stored: number[] = [];
  const live: number[] = [];
  const standing = new Map<number, string>();
  for (const r of plan.rounds) {
    if (r.finalizedAt === null || !plan.inside(r)) {
      live.push(r.id);
      continue;
    }
    if (!standing.has(r.contestId)) standing.set(r.contestId, repo.standingOf(db, r.contestId));
    const current = standing.get(r.contestId)!;
    if (repo.storedStanding(db, r.id) !== current) db.transaction((tx) => repo.storeRound(tx, organizationId, r.id, current, now));
    stored.push(r.id);
  }
  const cells = stored.length ? repo.storedCells(db, stored) : [];
  const totals = stored.length ? repo.storedTotals(db, stored) : [];
  if (live.length) {
    const filter = repo.countedAttempts(organizationId, sql`at.round_id IN ${live} AND ${plan.live}`);
    cells.push(...repo.responseCells(db, filter));
    totals.push(...repo.attemptTotals(db, filter));
  }
  return { cells, totals };
}

const figuresOut = (f: ItemFigures) => ({
  responses: f.responses,
  answered: f.answered,
  correct: f.correct,
  facility: r4(f.facility),
  discrimination: r4(f.discrimination),
  pointBiserial: r4(f.pointBiserial),
});

/**
 * Item analysis of the organization's questions over a round, a contest or a period: per question
 * (and per version drawn) the facility, the 27% discrimination index, the corrected point-biserial,
 * the distractors and the flags; then accuracy per legal field, least known first. Only final
 * attempts of participants who are not disqualified count; a blank counts as wrong, as in scoring.
 * Finalized rounds are read from their stored histogram (see histogram()); `now` stamps a new one.
 */
export function itemAnalysis(db: DbOrTx, organizationId: number, scope: ItemAnalysisScope, opts: { now?: number } = {}): ItemAnalysisReport {
  const resolved = resolveScope(db, organizationId, scope);
  const { cells, totals } = histogram(db, organizationId, resolved, opts.now ?? Date.now());
  const groups = attemptGroups(totals);

  const versionIds = [...new Set(cells.map((c) => c.versionId))];
  const versions = new Map(repo.versionsByIds(db, versionIds).map((v) => [v.id, v]));
  const accs = new Map<number, ItemAccumulator>();
  for (const cell of cells) {
    let acc = accs.get(cell.versionId);
    if (!acc) accs.set(cell.versionId, (acc = emptyAccumulator()));
    addCell(acc, cell, versions.get(cell.versionId)!.correctOptionIds, groups);
  }
  const fieldsOf = new Map<number, { id: number; name: string }[]>();
  for (const f of repo.fieldsOfVersions(db, versionIds)) fieldsOf.set(f.versionId, [...(fieldsOf.get(f.versionId) ?? []), { id: f.fieldId, name: f.name }]);

  const byQuestion = new Map<number, number[]>();
  for (const id of versionIds) {
    const q = versions.get(id)!.questionId;
    byQuestion.set(q, [...(byQuestion.get(q) ?? []), id]);
  }

  const questions: ItemQuestionStats[] = [];
  for (const [questionId, ids] of byQuestion) {
    const ordered = ids.map((id) => versions.get(id)!).sort((a, b) => b.version - a.version);
    const versionStats: ItemVersionStats[] = ordered.map((v) => {
      const acc = accs.get(v.id)!;
      const f = itemFigures(acc);
      const key = new Set(v.correctOptionIds);
      const options = v.options.map((o, i) => ({ id: o.id, label: optionLabel(i), text: o.text, correct: key.has(o.id) }));
      const share = (n: number | undefined, whole: number) => (whole > 0 ? round4((n ?? 0) / whole) : null);
      const miskey = miskeyFlag(f, acc, options);
      return {
        version: v.version,
        text: v.text,
        multiAnswer: key.size > 1,
        ...figuresOut(f),
        omittedShare: share(acc.responses - acc.answered, acc.responses),
        options: options.map((o) => ({
          label: o.label,
          text: o.text,
          correct: o.correct,
          picks: acc.picks.get(o.id)?.all ?? 0,
          share: share(acc.picks.get(o.id)?.all, acc.responses),
          upperShare: share(acc.picks.get(o.id)?.upper, acc.upper),
          lowerShare: share(acc.picks.get(o.id)?.lower, acc.lower),
        })),
        flags: [...figureFlags(f), ...(miskey ? [miskey] : [])],
      };
    });
    const overall = itemFigures(mergeAccumulators(ordered.map((v) => accs.get(v.id)!)));
    const several = versionStats.length > 1;
    const miskeys = versionStats.flatMap((v) =>
      v.flags.filter((fl) => fl.code === 'likely_miskeyed').map((fl) => ({ ...fl, reason: several ? `Phiên bản ${v.version}: ${fl.reason}` : fl.reason })),
    );
    const latest = ordered[0]!;
    questions.push({
      questionId,
      text: latest.title ?? latest.text,
      fields: fieldsOf.get(latest.id) ?? [],
      ...figuresOut(overall),
      flags: [...figureFlags(overall), ...miskeys],
      versions: versionStats,
    });
  }
  // Flagged first (the ones to fix), then the hardest.
  questions.sort((a, b) => b.flags.length - a.flags.length || (a.facility ?? 2) - (b.facility ?? 2) || a.questionId - b.questionId);

  return { scope: resolved.scope, attempts: totals.reduce((n, t) => n + t.attempts, 0), groupSize: groups.size, questions, fields: fieldAccuracy(versionIds, accs, versions, fieldsOf) };
}

/** A question tagged with several fields counts in each; each response counts once per field. */
function fieldAccuracy(
  versionIds: readonly number[],
  accs: ReadonlyMap<number, ItemAccumulator>,
  versions: ReadonlyMap<number, { questionId: number }>,
  fieldsOf: ReadonlyMap<number, { id: number; name: string }[]>,
): FieldAccuracy[] {
  const fields = new Map<number, { name: string; questions: Set<number>; responses: number; correct: number }>();
  for (const id of versionIds) {
    const acc = accs.get(id)!;
    for (const f of fieldsOf.get(id) ?? []) {
      const row = fields.get(f.id) ?? { name: f.name, questions: new Set<number>(), responses: 0, correct: 0 };
      row.questions.add(versions.get(id)!.questionId);
      row.responses += acc.responses;
      row.correct += acc.correct;
      fields.set(f.id, row);
    }
  }
  return [...fields]
    .map(([fieldId, r]) => ({ fieldId, name: r.name, questions: r.questions.size, responses: r.responses, correct: r.correct, accuracy: r.responses > 0 ? round4(r.correct / r.responses) : null }))
    .sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2) || a.name.localeCompare(b.name, 'vi'));
}
