import { z } from 'zod';
import { ErrorCodeSchema } from './errors.js';
import { ContestStatusSchema, RoundStateSchema } from './contests.js';

// Contracts of the studio's monitor area: the live monitor of a round, closing it, the winners review,
// disqualification and published results.

export const MonitorRoundParamsSchema = z.object({
  orgId: z.coerce.number().int().positive(),
  roundId: z.coerce.number().int().positive(),
});
export type MonitorRoundParams = z.infer<typeof MonitorRoundParamsSchema>;

export const MonitorParticipantParamsSchema = z.object({
  orgId: z.coerce.number().int().positive(),
  participantId: z.uuid(),
});
export type MonitorParticipantParams = z.infer<typeof MonitorParticipantParamsSchema>;

/** A round as the monitor and the winners review show it. */
export const MonitorRoundSchema = z.object({
  id: z.int(),
  seq: z.int(),
  name: z.string(),
  contest: z.object({ id: z.int(), slug: z.string(), title: z.string(), status: ContestStatusSchema }),
  state: RoundStateSchema,
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  timeLimitSec: z.int(),
  /** Set once the last attempt is final and the ranking is frozen. */
  finalizedAt: z.iso.datetime().nullable(),
  /** How many got full marks: what predictions are measured against; null before the close or without prediction. */
  predictionTruth: z.int().nullable(),
  resultsPublishedAt: z.iso.datetime().nullable(),
});
export type MonitorRound = z.infer<typeof MonitorRoundSchema>;

export const MonitorMinuteSchema = z.object({
  /** Start of the minute (UTC). */
  minute: z.iso.datetime(),
  starts: z.int(),
  submissions: z.int(),
});

export const MonitorSnapshotSchema = z.object({
  round: MonitorRoundSchema,
  at: z.iso.datetime(),
  totals: z.object({
    /** Registered in the contest. */
    registered: z.int(),
    /** Took at least one attempt in this round. */
    entrants: z.int(),
    attempts: z.int(),
    inProgress: z.int(),
    /** Final attempts: submitted or ended by the clock. */
    submitted: z.int(),
    averageDurationMs: z.int().nullable(),
  }),
  /** The last 30 minutes, oldest first, the current minute last. */
  perMinute: z.array(MonitorMinuteSchema),
  /** Final attempts by score, one bucket for every score from 0 to maxScore. */
  distribution: z.object({ maxScore: z.int(), buckets: z.array(z.object({ score: z.int(), count: z.int() })) }),
  top: z.array(
    z.object({ rank: z.int(), name: z.string(), unit: z.string().nullable(), score: z.int(), durationMs: z.int() }),
  ),
  integrity: z.array(
    z.object({
      id: z.int(),
      at: z.iso.datetime(),
      kind: z.string(),
      source: z.enum(['client', 'server']),
      /** Masked name. */
      participant: z.string(),
      attemptId: z.string(),
    }),
  ),
});
export type MonitorSnapshot = z.infer<typeof MonitorSnapshotSchema>;

/** Frames a watcher may send on the monitor socket. */
export const MonitorClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  /** Ask for the current snapshot now (after a reconnect, say). */
  z.object({ type: z.literal('refresh') }),
]);
export type MonitorClientMessage = z.infer<typeof MonitorClientMessageSchema>;

export const MonitorServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('monitor.snapshot'), snapshot: MonitorSnapshotSchema }),
  z.object({ type: z.literal('pong'), serverTime: z.int() }),
  z.object({ type: z.literal('error'), code: ErrorCodeSchema, message: z.string() }),
]);
export type MonitorServerMessage = z.infer<typeof MonitorServerMessageSchema>;

export const CloseRoundResultSchema = z.object({
  round: MonitorRoundSchema,
  /** Attempts still running; finalization waits for them to end at their own deadline. */
  inProgress: z.int(),
  finalized: z.boolean(),
});
export type CloseRoundResult = z.infer<typeof CloseRoundResultSchema>;

const IndividualTierSchema = z.enum(['first', 'second', 'third', 'consolation']);

export const WinnerEntrySchema = z.object({
  /** The frozen rank (disqualified entries left out). */
  rank: z.int(),
  participantId: z.string(),
  /** Full name: staff contact and verify winners. */
  fullName: z.string(),
  phone: z.string(),
  unit: z.string().nullable(),
  score: z.int(),
  durationMs: z.int(),
  submittedAt: z.iso.datetime(),
  prediction: z.int().nullable(),
  predictionError: z.int().nullable(),
  integrityEvents: z.int(),
  /** The proposed (or, once published, the awarded) prize. */
  award: z.object({ tier: IndividualTierSchema, label: z.string() }).nullable(),
  /** Why a ranked entry gets no prize although prizes remained: already awarded in another round. */
  skipped: z.object({ reason: z.literal('already_awarded'), round: z.string(), label: z.string() }).nullable(),
});
export type WinnerEntry = z.infer<typeof WinnerEntrySchema>;

export const DisqualifiedEntrySchema = z.object({
  participantId: z.string(),
  fullName: z.string(),
  phone: z.string(),
  unit: z.string().nullable(),
  score: z.int(),
  durationMs: z.int(),
  reason: z.string(),
  at: z.iso.datetime(),
  by: z.string().nullable(),
  integrityEvents: z.int(),
});
export type DisqualifiedEntry = z.infer<typeof DisqualifiedEntrySchema>;

export const CollectiveRowSchema = z.object({
  rank: z.int(),
  unitId: z.int(),
  unit: z.string(),
  participants: z.int(),
  population: z.int().nullable(),
  /** Participants per 1,000 inhabitants, when the basis is the rate. */
  rate: z.number().nullable(),
  awarded: z.boolean(),
});

export const CollectiveProposalSchema = z.object({
  label: z.string(),
  count: z.int(),
  basis: z.enum(['participants', 'rate']),
  /** The formula in words, as shown to staff and written in the record. */
  formula: z.string(),
  rows: z.array(CollectiveRowSchema),
  /** Units left out of a rate ranking because their population is unknown. */
  withoutPopulation: z.array(z.object({ unitId: z.int(), unit: z.string(), participants: z.int() })),
});
export type CollectiveProposal = z.infer<typeof CollectiveProposalSchema>;

export const WinnersSchema = z.object({
  round: MonitorRoundSchema,
  onePrizePerPerson: z.boolean(),
  tiebreakers: z.array(z.enum(['prediction', 'duration', 'submittedAt'])),
  tiers: z.array(z.object({ tier: IndividualTierSchema, label: z.string(), count: z.int(), awarded: z.int() })),
  /** The ranking from the top, far enough past the last prize to see the next in line. */
  entries: z.array(WinnerEntrySchema),
  /** How many ranked (not disqualified) results the round has. */
  ranked: z.int(),
  disqualified: z.array(DisqualifiedEntrySchema),
  collective: CollectiveProposalSchema.nullable(),
  /** Identifies this proposal; publishing sends it back so that only what was reviewed is published. */
  proposalKey: z.string(),
});
export type Winners = z.infer<typeof WinnersSchema>;

export const DisqualifyBodySchema = z.object({
  reason: z.string().trim().min(5, 'Lý do cần ít nhất 5 ký tự.').max(500, 'Lý do tối đa 500 ký tự.'),
});
export type DisqualifyBody = z.infer<typeof DisqualifyBodySchema>;

export const ParticipantStandingSchema = z.object({
  participantId: z.string(),
  disqualified: z.boolean(),
  reason: z.string().nullable(),
  /** Rounds whose ranking changed. */
  rounds: z.array(z.int()),
});
export type ParticipantStanding = z.infer<typeof ParticipantStandingSchema>;

export const PublishResultsBodySchema = z.object({
  proposalKey: z.string().min(1).max(128),
});
export type PublishResultsBody = z.infer<typeof PublishResultsBodySchema>;

export const PublishResultsResponseSchema = z.object({
  round: MonitorRoundSchema,
  awards: z.int(),
  contestStatus: ContestStatusSchema,
});
export type PublishResultsResponse = z.infer<typeof PublishResultsResponseSchema>;

/** The public results of a contest: published rounds only. */
export const PublicResultsSchema = z.object({
  contest: z.object({ slug: z.string(), title: z.string(), organization: z.string() }),
  rounds: z.array(
    z.object({
      id: z.int(),
      seq: z.int(),
      name: z.string(),
      publishedAt: z.iso.datetime(),
      participants: z.int(),
      predictionTruth: z.int().nullable(),
      awards: z.array(
        z.object({
          rank: z.int(),
          tier: IndividualTierSchema,
          label: z.string(),
          /** Full name, as Vietnamese results lists publish it. */
          fullName: z.string(),
          unit: z.string().nullable(),
          score: z.int(),
          durationMs: z.int(),
          /** Masked: 091****678. */
          phone: z.string(),
        }),
      ),
    }),
  ),
});
export type PublicResults = z.infer<typeof PublicResultsSchema>;
