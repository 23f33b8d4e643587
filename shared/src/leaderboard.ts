import { z } from 'zod';

export const LeaderboardEntrySchema = z.object({
  rank: z.int(),
  /** Masked: "Nguyễn V. A.". */
  name: z.string(),
  unit: z.string().nullable(),
  score: z.int(),
  durationMs: z.int(),
  submittedAt: z.iso.datetime(),
  prediction: z.int().nullable(),
  /** |prediction - true figure|, known only once the round has closed. */
  predictionError: z.int().nullable(),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>;

export const LeaderboardScopeSchema = z.object({
  kind: z.enum(['round', 'contest']),
  id: z.int(),
});
export type LeaderboardScope = z.infer<typeof LeaderboardScopeSchema>;

export const LeaderboardSchema = z.object({
  scope: LeaderboardScopeSchema,
  total: z.int(),
  /** The true figure the predictions are measured against, once the round has closed. */
  truth: z.int().nullable(),
  entries: z.array(LeaderboardEntrySchema),
});
export type Leaderboard = z.infer<typeof LeaderboardSchema>;

export const MyRankSchema = z.object({
  scope: LeaderboardScopeSchema,
  total: z.int(),
  entry: LeaderboardEntrySchema.nullable(),
});
export type MyRank = z.infer<typeof MyRankSchema>;

export const LeaderboardQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(100),
});
