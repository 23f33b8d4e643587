import type { BuilderContest, BuilderRound } from '@thiphapluat/shared';
import type { DbOrTx } from '@thiphapluat/db';
import { roundState } from '../contests/contests.service.js';
import { checkContest } from './check.service.js';
import * as repo from './builder.repository.js';
import type { ContestRow, RoundRow } from './builder.repository.js';

const iso = (t: number) => new Date(t).toISOString();
const isoOrNull = (t: number | null) => (t === null ? null : iso(t));

/** Everything the builder page shows about one contest, including the live blueprint check. */
export function contestView(db: DbOrTx, c: ContestRow, now: number): BuilderContest {
  const roundRows = repo.roundsOf(db, [c.id]);
  const lines = repo.blueprintsOf(db, roundRows.map((r) => r.id));
  const usage = repo.attemptUsage(db, roundRows.map((r) => r.id));
  const selected = repo.contestUnitIds(db, c.id);
  const valid = repo.validUnitIds(db, c.organizationId, now);
  const selectedSet = new Set(selected);
  const rounds: BuilderRound[] = roundRows.map((r) => {
    const cells = lines.filter((l) => l.roundId === r.id).map((l) => ({ legalFieldId: l.legalFieldId, difficulty: l.difficulty, count: l.count }));
    const u = usage.get(r.id) ?? { attempts: 0, maxUsed: 0 };
    return {
      id: r.id,
      seq: r.seq,
      name: r.name,
      opensAt: iso(r.opensAt),
      closesAt: iso(r.closesAt),
      state: roundState(r, now),
      timeLimitSec: r.timeLimitSec,
      maxAttempts: r.maxAttempts,
      showAnswers: r.showAnswers,
      questionCount: cells.reduce((s, x) => s + x.count, 0),
      cells,
      attemptCount: u.attempts,
      maxAttemptsUsed: u.maxUsed,
      locked: u.attempts > 0,
      finalizedAt: isoOrNull(r.finalizedAt),
      resultsPublishedAt: isoOrNull(r.resultsPublishedAt),
    };
  });
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    status: c.status,
    rulesMd: c.rulesMd,
    bannerUrl: c.bannerUrl,
    minAge: c.minAge,
    registrationFields: c.registrationFields,
    consentText: c.consentText,
    predictionEnabled: c.predictionEnabled,
    predictionPrompt: c.predictionPrompt,
    showAnswers: c.showAnswers,
    pointsPerQuestion: c.pointsPerQuestion,
    rankingTiebreakers: c.rankingTiebreakers,
    prizes: c.prizes,
    collectivePrize: c.collectivePrize ?? null,
    onePrizePerPerson: c.onePrizePerPerson,
    retentionDays: c.retentionDays,
    clonedFrom: c.clonedFromId === null ? null : { id: c.clonedFromId, title: repo.contestTitle(db, c.clonedFromId) ?? '' },
    participantCount: repo.participantCounts(db, [c.id]).get(c.id) ?? 0,
    rounds,
    units: { selected, all: valid.length > 0 && valid.every((id) => selectedSet.has(id)), orgUnitCount: valid.length },
    legalFields: repo.usableLegalFields(db, c.organizationId),
    check: checkContest(db, c.organizationId, roundRows),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

/** What the audit log keeps of a round. */
export const roundAudit = (r: RoundRow) => ({
  name: r.name,
  seq: r.seq,
  opensAt: iso(r.opensAt),
  closesAt: iso(r.closesAt),
  timeLimitSec: r.timeLimitSec,
  maxAttempts: r.maxAttempts,
  showAnswers: r.showAnswers,
});
