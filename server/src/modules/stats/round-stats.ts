import { sql, type SQL } from 'drizzle-orm';
import { maskName, maskPhone, type RoundStats } from '@thiphapluat/shared';
import { statRoundDays, statRoundPeople, type DbOrTx } from '@thiphapluat/db';
import { isoOfDay } from './period.js';
import * as repo from './stats.repository.js';

/** How many of the closest prediction guesses a round shows. */
const CLOSEST = 10;

/** What a round's figures are, apart from who the round is (read fresh each time). */
export type RoundFigures = Omit<RoundStats, 'id' | 'seq' | 'name' | 'state' | 'opensAt' | 'closesAt' | 'stored' | 'computedAt'> & {
  /** Final attempts: with the average duration, what weighs a contest's average. */
  finishedAttempts: number;
};

export interface RoundRef {
  id: number;
  finalizedAt: number | null;
  predictionTruth: number | null;
}

/**
 * The people and days of one round: the stored rows of a finalized round, or the same rows computed
 * from the attempts for an open one.
 */
function sources(roundId: number, stored: boolean): { people: SQL; days: SQL } {
  if (stored) {
    return {
      people: sql`select * from ${statRoundPeople} where round_id = ${roundId}`,
      days: sql`select day, attempts, submitted, finished from ${statRoundDays} where round_id = ${roundId}`,
    };
  }
  return { people: repo.peopleSelect([roundId]), days: repo.daysSelect([roundId]) };
}

/**
 * Every figure of a round, disqualified participants left out. The score distribution, full marks and
 * predictions read the best attempt per participant (round_results); counts read every attempt.
 */
export function computeRoundFigures(db: DbOrTx, round: RoundRef, predictionEnabled: boolean, stored: boolean): RoundFigures {
  const src = sources(round.id, stored);
  const entrants = db.all<{ day: number; n: number }>(sql`select day, count(*) as n from (${src.people}) group by day`);
  const days = db.all<{ day: number; attempts: number; submitted: number; finished: number }>(
    sql`select day, sum(attempts) as attempts, sum(submitted) as submitted, sum(finished) as finished from (${src.days}) group by day order by day`,
  );
  const entrantsByDay = new Map(entrants.map((e) => [e.day, e.n]));
  const sum = (k: 'attempts' | 'submitted' | 'finished') => days.reduce((s, d) => s + d[k], 0);
  const finished = sum('finished');

  const duration = db.get<{ avg: number | null; max: number | null }>(sql`
    select avg(a.duration_ms) as avg, max(a.max_score) as max from attempts a indexed by attempts_round join participants p on p.id = a.participant_id
    where a.round_id = ${round.id} and a.status <> 'in_progress' and p.disqualified_at is null`);
  const maxScore = duration?.max ?? null;
  const scores = db.all<{ score: number; n: number }>(sql`
    select rr.score, count(*) as n from round_results rr join participants p on p.id = rr.participant_id
    where rr.round_id = ${round.id} and p.disqualified_at is null group by rr.score`);
  const byScore = new Map(scores.map((s) => [s.score, s.n]));
  const top = maxScore ?? Math.max(0, ...scores.map((s) => s.score));
  const fullMarks = maxScore === null ? 0 : (byScore.get(maxScore) ?? 0);

  return {
    participants: entrants.reduce((s, e) => s + e.n, 0),
    attempts: sum('attempts'),
    finishedAttempts: finished,
    completionRate: finished > 0 ? sum('submitted') / finished : null,
    averageDurationMs: duration?.avg == null ? null : Math.round(duration.avg),
    maxScore,
    fullMarkParticipants: fullMarks,
    perDay: days.map((d) => ({ day: isoOfDay(d.day), participants: entrantsByDay.get(d.day) ?? 0, attempts: d.attempts })),
    scoreDistribution: Array.from({ length: top + 1 }, (_, score) => ({ score, participants: byScore.get(score) ?? 0 })),
    prediction: predictionEnabled ? predictionFigures(db, round, fullMarks) : null,
  };
}

/** The true figure (fixed at finalization, else the current full-mark count) and the closest guesses. */
function predictionFigures(db: DbOrTx, round: RoundRef, fullMarks: number): RoundFigures['prediction'] {
  const truthIsFinal = round.finalizedAt !== null && round.predictionTruth !== null;
  const truth = truthIsFinal ? (round.predictionTruth as number) : fullMarks;
  const counts = db.get<{ n: number; exact: number | null }>(sql`
    select count(*) as n, sum(rr.prediction = ${truth}) as exact from round_results rr join participants p on p.id = rr.participant_id
    where rr.round_id = ${round.id} and rr.prediction is not null and p.disqualified_at is null`);
  const closest = db.all<{ fullName: string; phone: string; unit: string | null; prediction: number }>(sql`
    select p.full_name as fullName, p.phone, u.name as unit, rr.prediction
    from round_results rr join participants p on p.id = rr.participant_id left join units u on u.id = p.unit_id
    where rr.round_id = ${round.id} and rr.prediction is not null and p.disqualified_at is null
    order by abs(rr.prediction - ${truth}), rr.score desc, rr.duration_ms, rr.submitted_at
    limit ${CLOSEST}`);
  return {
    truth,
    truthIsFinal,
    predictions: counts?.n ?? 0,
    exact: counts?.exact ?? 0,
    closest: closest.map((c, i) => ({
      rank: i + 1,
      name: maskName(c.fullName),
      maskedPhone: maskPhone(c.phone),
      unit: c.unit,
      prediction: c.prediction,
      error: Math.abs(c.prediction - truth),
    })),
  };
}
