import { verify } from '@node-rs/argon2';
import { and, asc, eq, inArray, isNull, lt, max } from 'drizzle-orm';
import {
  answers,
  attempts,
  auditLog,
  contests,
  integrityEvents,
  integritySignals,
  organizations,
  participants,
  participantSessions,
  roundResults,
  rounds,
  signInThrottle,
  units,
  type DbOrTx,
} from '@thiphapluat/db';
import { ERASED_NAME, type EraseMyDataBody, type EraseMyDataResult, type MyData, type ParticipantContact } from '@thiphapluat/shared';
import type { OrgGrant } from '../../plugins/studio-auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import { NotFound, Validation } from '../../errors.js';
import { assertNotLocked, FORGET_AFTER_MS, recordFailure, recordSuccess, throttleKey } from '../../lib/sign-in-throttle.js';
import type { ParticipantRow } from '../participants/participants.repository.js';

const DAY_MS = 24 * 3600_000;
const iso = (t: number) => new Date(t).toISOString();
const isoOrNull = (t: number | null) => (t === null ? null : iso(t));

/** When the contest's last round closes; null without rounds. */
function contestClosesAt(db: DbOrTx, contestId: number): number | null {
  return db.select({ at: max(rounds.closesAt) }).from(rounds).where(eq(rounds.contestId, contestId)).get()?.at ?? null;
}

/** Everything held about one participant, in the shape of MyDataSchema. */
export function exportMyData(ctx: AppContext, p: ParticipantRow): MyData {
  const { db } = ctx;
  const contest = db
    .select({ slug: contests.slug, title: contests.title, retentionDays: contests.retentionDays, organization: organizations.name })
    .from(contests)
    .innerJoin(organizations, eq(organizations.id, contests.organizationId))
    .where(eq(contests.id, p.contestId))
    .get()!;
  const unit = p.unitId === null ? undefined : db.select({ name: units.name }).from(units).where(eq(units.id, p.unitId)).get();
  const rows = db
    .select({ a: attempts, round: rounds.name })
    .from(attempts)
    .innerJoin(rounds, eq(rounds.id, attempts.roundId))
    .where(eq(attempts.participantId, p.id))
    .orderBy(asc(attempts.startedAt))
    .all();
  const saved = rows.length
    ? db.select().from(answers).where(inArray(answers.attemptId, rows.map((r) => r.a.id))).orderBy(asc(answers.position)).all()
    : [];
  const events = db.select().from(integrityEvents).where(eq(integrityEvents.participantId, p.id)).orderBy(asc(integrityEvents.at)).all();
  const closesAt = contestClosesAt(db, p.contestId);
  return {
    exportedAt: iso(ctx.clock.now()),
    contest: { slug: contest.slug, title: contest.title, organization: contest.organization },
    participant: {
      id: p.id,
      fullName: p.fullName,
      phone: p.phone,
      birthDate: p.birthDate,
      cccdLast3: p.cccdLast3,
      email: p.email,
      unit: unit?.name ?? null,
      entrantType: p.entrantType,
      gender: p.gender,
      registeredAt: iso(p.createdAt),
      consent: { text: p.consentText, at: iso(p.consentedAt) },
      disqualified: p.disqualifiedAt === null ? null : { at: iso(p.disqualifiedAt), reason: p.disqualifiedReason },
    },
    attempts: rows.map(({ a, round }) => ({
      id: a.id,
      round,
      seq: a.seq,
      status: a.status,
      startedAt: iso(a.startedAt),
      submittedAt: isoOrNull(a.submittedAt),
      durationMs: a.durationMs,
      score: a.score,
      maxScore: a.maxScore,
      prediction: a.prediction,
      answers: saved
        .filter((s) => s.attemptId === a.id)
        .map((s) => ({ position: s.position, optionIds: s.optionIds, savedAt: iso(s.savedAt), revisions: s.revisions })),
    })),
    integrityEvents: events.map((e) => ({ attemptId: e.attemptId, kind: e.kind, source: e.source, at: iso(e.at) })),
    retention: { days: contest.retentionDays, erasesAt: closesAt === null ? null : iso(closesAt + contest.retentionDays * DAY_MS) },
  };
}

/**
 * Erases one participant's personal fields in place. The row stays, so attempts, scores, rankings
 * and the statistics (unit, entrant type, birth year) keep counting it, but nothing left identifies
 * the person: name and phone become placeholders, CCCD hash and last digits, email and password go,
 * the birth date keeps only its year, every session ends and the anti-cheat network/device hashes
 * linked to the row are deleted. Idempotent: an erased row is left alone.
 */
export function eraseParticipant(tx: DbOrTx, p: Pick<ParticipantRow, 'id' | 'contestId' | 'birthDate' | 'erasedAt'>, now: number, by: 'participant' | 'retention'): boolean {
  if (p.erasedAt !== null) return false;
  tx.update(participants)
    .set({
      fullName: ERASED_NAME,
      // Unique per contest like a phone, and never a valid phone, so no sign-in can find it.
      phone: `erased:${p.id}`,
      birthDate: `${p.birthDate.slice(0, 4)}-01-01`,
      cccdHash: null,
      cccdLast3: null,
      email: null,
      passwordHash: '',
      erasedAt: now,
    })
    .where(eq(participants.id, p.id))
    .run();
  tx.delete(participantSessions).where(eq(participantSessions.participantId, p.id)).run();
  tx.delete(integritySignals).where(eq(integritySignals.participantId, p.id)).run();
  const organizationId = tx.select({ org: contests.organizationId }).from(contests).where(eq(contests.id, p.contestId)).get()?.org ?? null;
  // The organizers' audit log says that it happened and why; it holds nothing personal.
  tx.insert(auditLog)
    .values({
      organizationId,
      actor: by === 'participant' ? `participant:${p.id}` : 'system:retention',
      action: 'participant.erased',
      entity: 'participant',
      entityId: p.id,
      before: null,
      after: { reason: by === 'participant' ? 'request' : 'retention' },
      at: now,
    })
    .run();
  return true;
}

/**
 * The signed-in participant erases their own data. The password is asked again (and throttled like a
 * sign-in), so a session left open on a shared phone cannot be used to wipe someone's entry.
 */
export async function eraseMyData(ctx: AppContext, p: ParticipantRow, body: EraseMyDataBody): Promise<EraseMyDataResult> {
  const throttle = throttleKey(ctx, 'participant', `${p.contestId}:${p.phone}`);
  assertNotLocked(ctx, throttle);
  if (!(await verify(p.passwordHash, body.password))) {
    recordFailure(ctx, throttle);
    throw Validation([{ path: 'password', message: 'Mật khẩu không đúng.' }], 'Mật khẩu không đúng.');
  }
  recordSuccess(ctx, throttle);
  const now = ctx.clock.now();
  ctx.db.transaction((tx) => eraseParticipant(tx, p, now, 'participant'));
  await refreshBoards(ctx, [p.id]);
  return { erasedAt: iso(now) };
}

/** Leaderboards keep names in their store (memory or Redis): re-read the erased rows so the old name goes. */
async function refreshBoards(ctx: AppContext, participantIds: string[]): Promise<void> {
  for (const id of participantIds) {
    const results = ctx.db
      .select({ roundId: roundResults.roundId, contestId: rounds.contestId })
      .from(roundResults)
      .innerJoin(rounds, eq(rounds.id, roundResults.roundId))
      .where(eq(roundResults.participantId, id))
      .all();
    for (const r of results) await ctx.leaderboards.refreshParticipant(r.roundId, r.contestId, id);
  }
}

/**
 * Retention: participants of contests whose last round closed more than `retentionDays` ago are
 * erased, in batches so a large contest never holds the write lock for long. Also forgets sign-in
 * throttle rows nobody has touched for a day. Returns how many participants were erased.
 */
export function sweepRetention(ctx: AppContext, batch = 500): number {
  const now = ctx.clock.now();
  const due = ctx.db
    .select({ id: contests.id, retentionDays: contests.retentionDays, closesAt: max(rounds.closesAt) })
    .from(contests)
    .innerJoin(rounds, eq(rounds.contestId, contests.id))
    .groupBy(contests.id)
    .all()
    .filter((c) => c.closesAt !== null && c.closesAt + c.retentionDays * DAY_MS <= now);
  let erased = 0;
  for (const c of due) {
    for (;;) {
      const n = ctx.db.transaction((tx) => {
        const rows = tx
          .select({ id: participants.id, contestId: participants.contestId, birthDate: participants.birthDate, erasedAt: participants.erasedAt })
          .from(participants)
          .where(and(eq(participants.contestId, c.id), isNull(participants.erasedAt)))
          .limit(batch)
          .all();
        for (const r of rows) eraseParticipant(tx, r, now, 'retention');
        return rows.map((r) => r.id);
      });
      erased += n.length;
      ctx.pending.track(refreshBoards(ctx, n));
      if (n.length < batch) break;
    }
  }
  ctx.db.delete(signInThrottle).where(lt(signInThrottle.lastFailureAt, now - FORGET_AFTER_MS)).run();
  if (erased > 0) ctx.log.info({ erased, contests: due.map((c) => c.id) }, 'retention: erased personal data of participants');
  return erased;
}

/** sweepRetention at most every `everyMs` of clock time: the app's sweeper ticks every second. */
export function retentionSweeper(ctx: AppContext, everyMs = 10 * 60_000): () => void {
  let last = -Infinity;
  return () => {
    const now = ctx.clock.now();
    if (now - last < everyMs) return;
    last = now;
    sweepRetention(ctx);
  };
}

/**
 * A participant's full contact details for staff with `pii.read` (prize delivery). Scoped to the
 * organization (another organization's participant is 404), and every read is audited: who looked at
 * whose number, when; the number itself is not copied into the log.
 */
export function participantContact(ctx: AppContext, grant: OrgGrant, participantId: string): ParticipantContact {
  const row = ctx.db
    .select({ p: participants })
    .from(participants)
    .innerJoin(contests, eq(contests.id, participants.contestId))
    .where(and(eq(participants.id, participantId), eq(contests.organizationId, grant.organizationId)))
    .get();
  if (!row) throw NotFound('Không tìm thấy người dự thi.');
  const p = row.p;
  recordAudit(ctx.db, {
    organizationId: grant.organizationId,
    actorId: grant.user.id,
    action: 'participant.contact_viewed',
    entity: 'participant',
    entityId: p.id,
    at: ctx.clock.now(),
  });
  const erased = p.erasedAt !== null;
  return {
    participantId: p.id,
    fullName: p.fullName,
    phone: erased ? null : p.phone.startsWith('+84') ? `0${p.phone.slice(3)}` : p.phone,
    email: p.email,
    erased,
  };
}
