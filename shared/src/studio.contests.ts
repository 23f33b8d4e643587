import { z } from 'zod';
import { ContestStatusSchema, PrizeSchema, RegistrationFieldsSchema, RoundStateSchema, ShowAnswersSchema, UnitSchema } from './contests.js';
import { RetentionDaysSchema } from './privacy.js';

// Contracts of the studio's contest builder and the organization's units: request bodies, responses,
// queries, the Vietnamese-time helpers the builder's forms use, and the blueprint feasibility check
// (pure, so the server decides publishing with it and the page shows the same answer while typing).

// ─── Vietnamese time ────────────────────────────────────────────────────────────────────────────────

const VN_OFFSET_MS = 7 * 3600_000;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ISO_OFFSET_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Contests run on Asia/Ho_Chi_Minh time (UTC+7, no daylight saving). Forms send `YYYY-MM-DDTHH:mm`
 * meaning Vietnamese local time (what <input type="datetime-local"> gives); API clients may send ISO
 * with an explicit offset. Storage and responses are UTC.
 */
export const vnDateTime = {
  /** Epoch ms, or null when the text is not a real date-time (2026-02-30 is refused, not rolled over). */
  parse(text: string): number | null {
    const m = LOCAL_RE.exec(text);
    if (m) {
      const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
      const utc = Date.UTC(y, mo - 1, d, h, mi);
      const back = new Date(utc);
      if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null;
      return utc - VN_OFFSET_MS;
    }
    if (!ISO_OFFSET_RE.test(text)) return null;
    const t = Date.parse(text);
    return Number.isFinite(t) ? t : null;
  },
  /** `YYYY-MM-DDTHH:mm` in Vietnamese time, for a datetime-local input. */
  toInput(t: number | string): string {
    const d = new Date((typeof t === 'string' ? Date.parse(t) : t) + VN_OFFSET_MS);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  },
  /** `dd/MM/yyyy HH:mm` in Vietnamese time. */
  format(t: number | string): string {
    const d = new Date((typeof t === 'string' ? Date.parse(t) : t) + VN_OFFSET_MS);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  },
};

export const VnDateTimeSchema = z
  .string()
  .max(40)
  .refine((s) => vnDateTime.parse(s) !== null, { message: 'Ngày giờ không hợp lệ (giờ Việt Nam, dạng YYYY-MM-DDTHH:mm).' });

// ─── Contests ───────────────────────────────────────────────────────────────────────────────────────

export const CONTEST_LIMITS = {
  title: 200,
  summary: 1000,
  rulesMd: 50_000,
  consentText: 3000,
  predictionPrompt: 300,
  bannerUrl: 500,
  prizeTiers: 10,
  roundName: 120,
  minTimeLimitSec: 60,
  maxTimeLimitSec: 3 * 3600,
  maxQuestionsPerRound: 200,
} as const;

export const ContestSlugSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Chỉ dùng chữ thường không dấu (a-z), số và dấu gạch ngang, ví dụ "tim-hieu-phap-luat-2027".' });

const trimmed = (max: number) => z.string().trim().max(max);

export const CreateContestBodySchema = z.object({
  title: trimmed(CONTEST_LIMITS.title).min(1),
  slug: ContestSlugSchema,
  summary: trimmed(CONTEST_LIMITS.summary).default(''),
});
export type CreateContestBody = z.infer<typeof CreateContestBodySchema>;

export const RankingTiebreakerSchema = z.enum(['prediction', 'duration', 'submittedAt']);
export type RankingTiebreakerName = z.infer<typeof RankingTiebreakerSchema>;
export const rankingTiebreakerLabelsVi: Record<RankingTiebreakerName, string> = {
  prediction: 'Dự đoán gần đúng hơn',
  duration: 'Thời gian làm bài ngắn hơn',
  submittedAt: 'Nộp bài sớm hơn',
};

/** Individual prize tiers; the collective prize is configured on its own (collectivePrize). */
export const IndividualPrizeTierSchema = z.enum(['first', 'second', 'third', 'consolation']);
export const prizeTierLabelsVi: Record<z.infer<typeof PrizeSchema>['tier'], string> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
  collective: 'Giải tập thể',
};

export const IndividualPrizeInputSchema = z.object({
  tier: IndividualPrizeTierSchema,
  count: z.int().min(0).max(1000),
  label: trimmed(100).min(1),
  value: trimmed(100).optional(),
});

export const CollectivePrizeInputSchema = z.object({
  count: z.int().min(1).max(100),
  /** participants: most participants; rate: participants per inhabitant (needs the units' population). */
  basis: z.enum(['participants', 'rate']),
  label: trimmed(100).min(1),
  value: trimmed(100).optional(),
});
export type CollectivePrizeInput = z.infer<typeof CollectivePrizeInputSchema>;

const BannerUrlSchema = z
  .string()
  .trim()
  .max(CONTEST_LIMITS.bannerUrl)
  .refine((s) => (s.startsWith('/') && !s.startsWith('//')) || /^https:\/\/[^\s/]+\.[^\s]+$/.test(s), {
    message: 'Dùng địa chỉ https://… hoặc đường dẫn trong trang bắt đầu bằng /.',
  });

/** Every field is optional: each section of the builder saves its own part. */
export const UpdateContestBodySchema = z
  .object({
    title: trimmed(CONTEST_LIMITS.title).min(1),
    slug: ContestSlugSchema,
    summary: trimmed(CONTEST_LIMITS.summary),
    rulesMd: z.string().max(CONTEST_LIMITS.rulesMd),
    bannerUrl: BannerUrlSchema.nullable(),
    minAge: z.int().min(0).max(100).nullable(),
    registrationFields: RegistrationFieldsSchema,
    consentText: trimmed(CONTEST_LIMITS.consentText),
    predictionEnabled: z.boolean(),
    predictionPrompt: trimmed(CONTEST_LIMITS.predictionPrompt),
    showAnswers: ShowAnswersSchema,
    pointsPerQuestion: z.int().min(1).max(100),
    rankingTiebreakers: z
      .array(RankingTiebreakerSchema)
      .max(3)
      .refine((a) => new Set(a).size === a.length, { message: 'Mỗi tiêu chí chỉ dùng một lần.' }),
    prizes: z
      .array(IndividualPrizeInputSchema)
      .max(CONTEST_LIMITS.prizeTiers)
      .superRefine((a, c) => {
        const seen = new Set<string>();
        a.forEach((p, i) => {
          if (seen.has(p.tier)) c.addIssue({ code: 'custom', path: [i, 'tier'], message: 'Mỗi hạng giải chỉ khai báo một lần.' });
          seen.add(p.tier);
        });
      }),
    collectivePrize: CollectivePrizeInputSchema.nullable(),
    onePrizePerPerson: z.boolean(),
    /** Days after the last round closes until participants' personal fields are erased. */
    retentionDays: RetentionDaysSchema,
  })
  .partial();
export type UpdateContestBody = z.infer<typeof UpdateContestBodySchema>;

export const BuilderContestParamsSchema = z.object({ orgId: z.coerce.number().int().positive(), contestId: z.coerce.number().int().positive() });
export const BuilderRoundParamsSchema = z.object({
  orgId: z.coerce.number().int().positive(),
  contestId: z.coerce.number().int().positive(),
  roundId: z.coerce.number().int().positive(),
});

export const RoundBodySchema = z
  .object({
    name: trimmed(CONTEST_LIMITS.roundName).min(1),
    opensAt: VnDateTimeSchema,
    closesAt: VnDateTimeSchema,
    timeLimitSec: z.int().min(CONTEST_LIMITS.minTimeLimitSec).max(CONTEST_LIMITS.maxTimeLimitSec),
    maxAttempts: z.int().min(1).max(100).nullable(),
    /** null: the contest's setting. */
    showAnswers: ShowAnswersSchema.nullable().default(null),
  })
  .superRefine((r, c) => {
    const o = vnDateTime.parse(r.opensAt);
    const cl = vnDateTime.parse(r.closesAt);
    if (o !== null && cl !== null && cl <= o) c.addIssue({ code: 'custom', path: ['closesAt'], message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' });
  });
export type RoundBody = z.infer<typeof RoundBodySchema>;
export type RoundInput = z.input<typeof RoundBodySchema>;

export const BlueprintDifficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type BlueprintDifficulty = z.infer<typeof BlueprintDifficultySchema>;
export const blueprintDifficultyLabelsVi: Record<BlueprintDifficulty, string> = { 1: 'Dễ', 2: 'Trung bình', 3: 'Khó' };

export const BlueprintCellSchema = z.object({
  /** null: any legal field. */
  legalFieldId: z.int().positive().nullable(),
  /** null: any difficulty. */
  difficulty: BlueprintDifficultySchema.nullable(),
  count: z.int().min(0).max(CONTEST_LIMITS.maxQuestionsPerRound),
});
export type BlueprintCell = z.infer<typeof BlueprintCellSchema>;

export const BlueprintBodySchema = z.object({
  cells: z
    .array(BlueprintCellSchema)
    .max(400)
    .superRefine((cells, c) => {
      const seen = new Set<string>();
      cells.forEach((cell, i) => {
        const key = `${cell.legalFieldId}:${cell.difficulty}`;
        if (seen.has(key)) c.addIssue({ code: 'custom', path: [i], message: 'Ô này trùng lĩnh vực và độ khó với một ô khác.' });
        seen.add(key);
      });
      const total = cells.reduce((s, x) => s + x.count, 0);
      if (total > CONTEST_LIMITS.maxQuestionsPerRound) c.addIssue({ code: 'custom', path: [], message: `Một đề có tối đa ${CONTEST_LIMITS.maxQuestionsPerRound} câu.` });
    }),
});
export type BlueprintBody = z.infer<typeof BlueprintBodySchema>;

export const ContestUnitsBodySchema = z
  .object({
    mode: z.literal('all').optional(),
    unitIds: z.array(z.int().positive()).max(10_000).optional(),
  })
  .refine((b) => (b.mode === 'all') !== (b.unitIds !== undefined), { message: 'Gửi {mode: "all"} hoặc {unitIds: [...]}.' });
export type ContestUnitsBody = z.infer<typeof ContestUnitsBodySchema>;

export const CloneContestBodySchema = z.object({
  title: trimmed(CONTEST_LIMITS.title).min(1),
  slug: ContestSlugSchema,
  /** Days to move every round by; default: one year later on the calendar. */
  shiftDays: z.int().min(-3650).max(3650).optional(),
});
export type CloneContestBody = z.infer<typeof CloneContestBodySchema>;

export const BuilderLegalFieldSchema = z.object({ id: z.int(), name: z.string() });

export const BankBucketSchema = z.object({ legalFieldId: z.int(), difficulty: BlueprintDifficultySchema, available: z.int() });
export type BankBucket = z.infer<typeof BankBucketSchema>;

export const CellCheckSchema = BlueprintCellSchema.omit({ count: true }).extend({
  needed: z.int(),
  /** Published questions matching this cell, ignoring the other cells. */
  available: z.int(),
  /** How many this cell gets when every cell draws at once (more specific cells served first). */
  assigned: z.int(),
  shortfall: z.int(),
});
export type CellCheck = z.infer<typeof CellCheckSchema>;

export const RoundCheckSchema = z.object({
  roundId: z.int(),
  name: z.string(),
  needed: z.int(),
  shortfall: z.int(),
  cells: z.array(CellCheckSchema),
});
export type RoundCheck = z.infer<typeof RoundCheckSchema>;

export const BlueprintCheckSchema = z.object({
  feasible: z.boolean(),
  rounds: z.array(RoundCheckSchema),
  /** The published bank by (primary field, difficulty): what every cell draws from. */
  bank: z.array(BankBucketSchema),
});
export type BlueprintCheck = z.infer<typeof BlueprintCheckSchema>;

/** One line of a refused publish: `details.shortfalls` of BLUEPRINT_SHORTFALL. */
export const ShortfallSchema = z.object({
  roundId: z.int(),
  round: z.string(),
  legalFieldId: z.int().nullable(),
  field: z.string().nullable(),
  difficulty: BlueprintDifficultySchema.nullable(),
  needed: z.int(),
  /** What the bank can give this cell once the other cells have theirs. */
  available: z.int(),
  shortfall: z.int(),
});
export type Shortfall = z.infer<typeof ShortfallSchema>;

const specificity = (c: { legalFieldId: number | null; difficulty: number | null }) => (c.legalFieldId === null ? 0 : 2) + (c.difficulty === null ? 0 : 1);
const matches = (c: { legalFieldId: number | null; difficulty: number | null }, b: { legalFieldId: number; difficulty: number }) =>
  (c.legalFieldId === null || c.legalFieldId === b.legalFieldId) && (c.difficulty === null || c.difficulty === b.difficulty);

/**
 * Can one attempt draw every cell at once from the bank? Cells overlap (an "any field" cell competes
 * with the specific ones for the same questions), so checking cell by cell is wrong both ways. This is
 * a max-flow from cells to (field, difficulty) buckets; augmenting cells in the draw's own order (most
 * specific first) keeps the flow maximal and blames a shortage on the broad cells, as the draw would.
 */
export function checkBlueprintCells(cells: readonly BlueprintCell[], bank: readonly BankBucket[]): CellCheck[] {
  const buckets = bank.filter((b) => b.available > 0);
  const used = buckets.map(() => 0);
  const flow = cells.map(() => buckets.map(() => 0));
  const order = cells.map((_, i) => i).sort((a, b) => specificity(cells[b]!) - specificity(cells[a]!) || a - b);
  const assigned = cells.map(() => 0);

  // Breadth-first search for an augmenting path starting at cell `start`: alternate cell → bucket
  // (any matching bucket) and bucket → cell (undo part of another cell's flow, which that cell then
  // takes elsewhere). Returns the path as alternating [cell, bucket, cell, bucket…] ending in a bucket
  // with spare questions.
  const augment = (start: number, want: number): number => {
    const prevOfBucket = new Map<number, number>();
    const prevOfCell = new Map<number, number>([[start, -1]]);
    const queue = [start];
    while (queue.length > 0) {
      const c = queue.shift()!;
      for (let j = 0; j < buckets.length; j++) {
        if (prevOfBucket.has(j) || !matches(cells[c]!, buckets[j]!)) continue;
        prevOfBucket.set(j, c);
        if (used[j]! < buckets[j]!.available) {
          // Walk back, finding the bottleneck first.
          let amount = Math.min(want, buckets[j]!.available - used[j]!);
          for (let cell = c; cell !== start; ) {
            const back = prevOfCell.get(cell)!;
            amount = Math.min(amount, flow[cell]![back]!);
            cell = prevOfBucket.get(back)!;
          }
          used[j]! += amount;
          for (let b = j, cell = c; ; ) {
            flow[cell]![b]! += amount;
            if (cell === start) break;
            const back = prevOfCell.get(cell)!;
            flow[cell]![back]! -= amount;
            b = back;
            cell = prevOfBucket.get(b)!;
          }
          return amount;
        }
        for (let k = 0; k < cells.length; k++) {
          if (!prevOfCell.has(k) && flow[k]![j]! > 0) {
            prevOfCell.set(k, j);
            queue.push(k);
          }
        }
      }
    }
    return 0;
  };

  for (const i of order) {
    const need = cells[i]!.count;
    while (assigned[i]! < need) {
      const got = augment(i, need - assigned[i]!);
      if (got === 0) break;
      assigned[i]! += got;
    }
  }
  return cells.map((c, i) => {
    const available = bank.reduce((s, b) => s + (matches(c, b) ? b.available : 0), 0);
    return { legalFieldId: c.legalFieldId, difficulty: c.difficulty, needed: c.count, available, assigned: assigned[i]!, shortfall: c.count - assigned[i]! };
  });
}

export const BuilderRoundSchema = z.object({
  id: z.int(),
  seq: z.int(),
  name: z.string(),
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  state: RoundStateSchema,
  timeLimitSec: z.int(),
  maxAttempts: z.int().nullable(),
  showAnswers: ShowAnswersSchema.nullable(),
  questionCount: z.int(),
  cells: z.array(BlueprintCellSchema),
  attemptCount: z.int(),
  /** The most attempts one participant has used: maxAttempts cannot go below it. */
  maxAttemptsUsed: z.int(),
  /** Has attempts: the blueprint, time limit, opening and points can no longer change. */
  locked: z.boolean(),
  finalizedAt: z.iso.datetime().nullable(),
  resultsPublishedAt: z.iso.datetime().nullable(),
});
export type BuilderRound = z.infer<typeof BuilderRoundSchema>;

export const BuilderContestSchema = z.object({
  id: z.int(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  status: ContestStatusSchema,
  rulesMd: z.string(),
  bannerUrl: z.string().nullable(),
  minAge: z.int().nullable(),
  registrationFields: RegistrationFieldsSchema,
  consentText: z.string(),
  predictionEnabled: z.boolean(),
  predictionPrompt: z.string(),
  showAnswers: ShowAnswersSchema,
  pointsPerQuestion: z.int(),
  rankingTiebreakers: z.array(RankingTiebreakerSchema),
  prizes: z.array(PrizeSchema),
  collectivePrize: z.object({ count: z.int(), basis: z.enum(['participants', 'rate']), label: z.string() }).nullable(),
  onePrizePerPerson: z.boolean(),
  retentionDays: z.int(),
  clonedFrom: z.object({ id: z.int(), title: z.string() }).nullable(),
  participantCount: z.int(),
  rounds: z.array(BuilderRoundSchema),
  units: z.object({
    /** The unit ids offered at registration (the snapshot). */
    selected: z.array(z.int()),
    /** Every unit of the organization that is still valid is offered. */
    all: z.boolean(),
    orgUnitCount: z.int(),
  }),
  legalFields: z.array(BuilderLegalFieldSchema),
  check: BlueprintCheckSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type BuilderContest = z.infer<typeof BuilderContestSchema>;

export const BuilderContestListSchema = z.object({
  contests: z.array(
    z.object({
      id: z.int(),
      slug: z.string(),
      title: z.string(),
      status: ContestStatusSchema,
      roundCount: z.int(),
      participantCount: z.int(),
      /** The first round's opening and the last round's closing; null without rounds. */
      opensAt: z.iso.datetime().nullable(),
      closesAt: z.iso.datetime().nullable(),
      updatedAt: z.iso.datetime(),
    }),
  ),
});
export type BuilderContestList = z.infer<typeof BuilderContestListSchema>;

export const contestStatusLabelsVi: Record<z.infer<typeof ContestStatusSchema>, string> = {
  draft: 'Bản nháp',
  published: 'Đang diễn ra',
  closed: 'Đã kết thúc',
  results_published: 'Đã công bố kết quả',
  archived: 'Lưu trữ',
};

// ─── Units of the organization ──────────────────────────────────────────────────────────────────────

/** A unit as the studio manages it: the public unit plus what only staff see. */
export const OrgUnitSchema = UnitSchema.extend({
  population: z.int().nullable(),
  validTo: z.iso.datetime().nullable(),
  /** 0 for a top-level unit; lists come in tree order when not searching. */
  depth: z.int(),
});
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

export const OrgUnitListSchema = z.object({ units: z.array(OrgUnitSchema), total: z.int() });
export type OrgUnitList = z.infer<typeof OrgUnitListSchema>;

export const OrgUnitsQuerySchema = z.object({
  q: z.string().max(100).optional(),
  parentId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

export const UnitIdParamsSchema = z.object({ orgId: z.coerce.number().int().positive(), unitId: z.coerce.number().int().positive() });

export const UpdateUnitBodySchema = z
  .object({
    name: trimmed(200).min(1),
    population: z.int().min(0).max(100_000_000).nullable(),
    /** From then on the unit is no longer offered in new contests; null makes it valid again. */
    validTo: VnDateTimeSchema.nullable(),
  })
  .partial();
export type UpdateUnitBody = z.infer<typeof UpdateUnitBodySchema>;

export const UNIT_IMPORT_LIMITS = { rows: 5000, code: 50, name: 200, kind: 50, bytes: 2 * 1024 * 1024 } as const;

/** The import file's columns, as organizers write them. */
export const unitImportHeadersVi = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  kind: 'Loại',
  parentCode: 'Mã đơn vị cấp trên',
  population: 'Dân số',
} as const;

export const UnitImportRowSchema = z.object({
  /** The row number in the file (header = 1), for messages. */
  row: z.int().min(1).optional(),
  code: z.string().max(UNIT_IMPORT_LIMITS.code),
  name: z.string().max(UNIT_IMPORT_LIMITS.name),
  kind: z.string().max(UNIT_IMPORT_LIMITS.kind),
  /** '' or null: a top-level unit. */
  parentCode: z.string().max(UNIT_IMPORT_LIMITS.code).nullable(),
  population: z.int().min(0).max(100_000_000).nullable(),
});
export type UnitImportRow = z.infer<typeof UnitImportRowSchema>;

export const UnitRowErrorSchema = z.object({ field: z.string(), message: z.string() });

export const UnitImportPreviewRowSchema = UnitImportRowSchema.extend({
  row: z.int(),
  action: z.enum(['create', 'update', 'unchanged']),
  errors: z.array(UnitRowErrorSchema),
});
export type UnitImportPreviewRow = z.infer<typeof UnitImportPreviewRowSchema>;

export const UnitImportPreviewSchema = z.object({
  format: z.enum(['xlsx', 'csv']),
  rows: z.array(UnitImportPreviewRowSchema),
  summary: z.object({ total: z.int(), create: z.int(), update: z.int(), unchanged: z.int(), invalid: z.int() }),
});
export type UnitImportPreview = z.infer<typeof UnitImportPreviewSchema>;

export const UnitImportBodySchema = z.object({ rows: z.array(UnitImportRowSchema).min(1).max(UNIT_IMPORT_LIMITS.rows) });
export type UnitImportBody = z.infer<typeof UnitImportBodySchema>;

export const UnitImportResultSchema = z.object({ created: z.int(), updated: z.int(), unchanged: z.int() });
export type UnitImportResult = z.infer<typeof UnitImportResultSchema>;

/** Unit kinds the import recognizes (kind stays free text: anything else is kept as written). */
export const unitKindLabelsVi: Record<string, string> = {
  province: 'Tỉnh, thành phố',
  ward: 'Phường',
  commune: 'Xã',
  special_zone: 'Đặc khu',
  agency: 'Cơ quan',
  department: 'Phòng, ban',
  school: 'Trường học',
  other: 'Khác',
};
