import { and, eq, gt } from 'drizzle-orm';
import { participants, participantSessions, type DbOrTx } from '@thiphapluat/db';

export type ParticipantRow = typeof participants.$inferSelect;
export type NewParticipant = typeof participants.$inferInsert;

export function insertParticipant(db: DbOrTx, row: NewParticipant) {
  return db.insert(participants).values(row).returning().get();
}

export function findByContestPhone(db: DbOrTx, contestId: number, phone: string) {
  return db.select().from(participants).where(and(eq(participants.contestId, contestId), eq(participants.phone, phone))).get();
}

export function findParticipant(db: DbOrTx, id: string) {
  return db.select().from(participants).where(eq(participants.id, id)).get();
}

export function insertSession(db: DbOrTx, row: typeof participantSessions.$inferInsert) {
  db.insert(participantSessions).values(row).run();
}

export function findLiveSession(db: DbOrTx, tokenHash: string, now: number) {
  return db
    .select({ participant: participants, expiresAt: participantSessions.expiresAt })
    .from(participantSessions)
    .innerJoin(participants, eq(participants.id, participantSessions.participantId))
    .where(and(eq(participantSessions.tokenHash, tokenHash), gt(participantSessions.expiresAt, now)))
    .get();
}

export function deleteSession(db: DbOrTx, tokenHash: string) {
  db.delete(participantSessions).where(eq(participantSessions.tokenHash, tokenHash)).run();
}
