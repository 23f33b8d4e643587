import { z } from 'zod';
import { foldVietnamese } from './text.js';

// Contracts of the studio's question bank: legal fields, questions and their versions, the review
// workflow, statistics, import and export. Staff see answer keys here; residents never get these shapes.

export const QUESTION_LIMITS = {
  text: 2000,
  option: 500,
  minOptions: 2,
  maxOptions: 6,
  explanation: 4000,
  citation: 300,
  title: 200,
  fields: 10,
  bulk: 500,
  pageSize: 100,
} as const;

export const DifficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Difficulty = z.infer<typeof DifficultySchema>;
export const difficultyLabelsVi: Record<Difficulty, string> = { 1: 'Dễ', 2: 'Trung bình', 3: 'Khó' };

export const QuestionStatusSchema = z.enum(['draft', 'in_review', 'published', 'retired']);
export type QuestionStatus = z.infer<typeof QuestionStatusSchema>;
export const questionStatusLabelsVi: Record<QuestionStatus, string> = {
  draft: 'Bản nháp',
  in_review: 'Chờ duyệt',
  published: 'Đã xuất bản',
  retired: 'Ngừng sử dụng',
};

// ---- Legal fields -------------------------------------------------------------------------------

export const LegalFieldSchema = z.object({
  id: z.int(),
  code: z.string(),
  name: z.string(),
  /** true: the shared national list; false: this organization's own field. */
  shared: z.boolean(),
});
export type LegalField = z.infer<typeof LegalFieldSchema>;
export const LegalFieldListSchema = z.object({ fields: z.array(LegalFieldSchema) });
export type LegalFieldList = z.infer<typeof LegalFieldListSchema>;

export const CreateLegalFieldBodySchema = z.object({
  name: z.string().trim().min(2, 'Tên lĩnh vực cần ít nhất 2 ký tự.').max(120, 'Tên lĩnh vực tối đa 120 ký tự.'),
});
export type CreateLegalFieldBody = z.infer<typeof CreateLegalFieldBodySchema>;

/** Field names are matched the way organizers type them: case, diacritics and spacing aside. */
export const fieldNameKey = (name: string) => foldVietnamese(name);

// ---- Question content -----------------------------------------------------------------------------

const trimmed = (max: number, what: string) => z.string().trim().max(max, `${what} tối đa ${max} ký tự.`);

export const QuestionOptionInputSchema = z.object({
  text: trimmed(QUESTION_LIMITS.option, 'Mỗi phương án').min(1, 'Phương án không được để trống.'),
  correct: z.boolean(),
});
export type QuestionOptionInput = z.infer<typeof QuestionOptionInputSchema>;

/**
 * A question as an organizer writes it (the editor and every imported item go through this one set
 * of rules). Explanation and citation may be empty: Aiken and many GIFT files carry neither.
 */
export const QuestionInputSchema = z.object({
  title: trimmed(QUESTION_LIMITS.title, 'Tiêu đề').nullable().default(null),
  text: trimmed(QUESTION_LIMITS.text, 'Nội dung câu hỏi').min(1, 'Vui lòng nhập nội dung câu hỏi.'),
  options: z
    .array(QuestionOptionInputSchema)
    .min(QUESTION_LIMITS.minOptions, `Cần từ ${QUESTION_LIMITS.minOptions} đến ${QUESTION_LIMITS.maxOptions} phương án.`)
    .max(QUESTION_LIMITS.maxOptions, `Cần từ ${QUESTION_LIMITS.minOptions} đến ${QUESTION_LIMITS.maxOptions} phương án.`)
    .refine((opts) => opts.some((o) => o.correct), 'Cần ít nhất một phương án đúng.')
    .refine((opts) => new Set(opts.map((o) => foldVietnamese(o.text))).size === opts.length, 'Các phương án không được trùng nhau.'),
  explanation: trimmed(QUESTION_LIMITS.explanation, 'Giải thích').default(''),
  citationDocument: trimmed(QUESTION_LIMITS.citation, 'Văn bản').default(''),
  citationArticle: trimmed(QUESTION_LIMITS.citation, 'Điều, khoản').default(''),
  fieldIds: z
    .array(z.int().positive())
    .min(1, 'Chọn ít nhất một lĩnh vực pháp luật.')
    .max(QUESTION_LIMITS.fields, `Tối đa ${QUESTION_LIMITS.fields} lĩnh vực.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Lĩnh vực bị chọn trùng.'),
  difficulty: DifficultySchema,
});
export type QuestionInput = z.input<typeof QuestionInputSchema>;
export type QuestionInputParsed = z.output<typeof QuestionInputSchema>;

export const QuestionParamsSchema = z.object({ orgId: z.coerce.number().int().positive(), questionId: z.coerce.number().int().positive() });

export const FieldRefSchema = z.object({ id: z.int(), name: z.string() });

export const DuplicateHintSchema = z.object({
  questionId: z.int(),
  /** Jaccard similarity of word bigrams, 0..1. */
  similarity: z.number(),
  excerpt: z.string(),
});
export type DuplicateHint = z.infer<typeof DuplicateHintSchema>;

export const QuestionVersionInfoSchema = z.object({
  version: z.int(),
  status: QuestionStatusSchema,
  createdAt: z.iso.datetime(),
  createdBy: z.object({ id: z.int(), name: z.string() }).nullable(),
  source: z.string().nullable(),
  timesDrawn: z.int(),
});

export const QuestionDetailSchema = z.object({
  id: z.int(),
  latestVersion: z.int(),
  /** The version residents draw now, if any (it may be older than the latest). */
  publishedVersion: z.int().nullable(),
  current: z.object({
    version: z.int(),
    status: QuestionStatusSchema,
    title: z.string().nullable(),
    text: z.string(),
    options: z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean() })),
    explanation: z.string(),
    citationDocument: z.string(),
    citationArticle: z.string(),
    difficulty: DifficultySchema,
    fields: z.array(FieldRefSchema),
    source: z.string().nullable(),
    /** Drawn into an attempt: its content is frozen, an edit makes a new version. */
    frozen: z.boolean(),
  }),
  versions: z.array(QuestionVersionInfoSchema),
  timesDrawn: z.int(),
  duplicates: z.array(DuplicateHintSchema),
});
export type QuestionDetail = z.infer<typeof QuestionDetailSchema>;

// ---- List, filters --------------------------------------------------------------------------------

const optionalInt = z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().optional());

/** Filters shared by the list and the export. */
export const QuestionFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  fieldId: optionalInt,
  difficulty: z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), DifficultySchema.optional()),
  status: z.preprocess((v) => (v === '' ? undefined : v), QuestionStatusSchema.optional()),
  usage: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['used', 'unused']).optional()),
  /** Comma-separated question ids (e.g. the ones just imported). */
  ids: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10}){0,499}$/, 'Danh sách mã câu hỏi không hợp lệ.')
    .optional()
    .transform((s) => (s ? s.split(',').map(Number) : undefined)),
});
export type QuestionFilter = z.output<typeof QuestionFilterSchema>;

export const QuestionListQuerySchema = QuestionFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(QUESTION_LIMITS.pageSize).default(20),
});
export type QuestionListQuery = z.input<typeof QuestionListQuerySchema>;

export const QuestionListItemSchema = z.object({
  id: z.int(),
  version: z.int(),
  status: QuestionStatusSchema,
  publishedVersion: z.int().nullable(),
  title: z.string().nullable(),
  excerpt: z.string(),
  difficulty: DifficultySchema,
  fields: z.array(FieldRefSchema),
  timesDrawn: z.int(),
  likelyDuplicateOf: z.int().nullable(),
  updatedAt: z.iso.datetime(),
});
export type QuestionListItem = z.infer<typeof QuestionListItemSchema>;

export const QuestionListSchema = z.object({
  items: z.array(QuestionListItemSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type QuestionList = z.infer<typeof QuestionListSchema>;

/** POST questions and PUT questions/:id answer the saved question plus its likely duplicates. */
export const QuestionSavedSchema = QuestionDetailSchema.extend({
  /** PUT only: whether the edit made a new version (the old one was published or drawn). */
  newVersion: z.boolean(),
});
export type QuestionSaved = z.infer<typeof QuestionSavedSchema>;

// ---- Workflow --------------------------------------------------------------------------------------

export const RejectBodySchema = z.object({ reason: z.string().trim().min(3, 'Vui lòng nêu lý do (ít nhất 3 ký tự).').max(1000) });
export type RejectBody = z.infer<typeof RejectBodySchema>;

export const BulkActionSchema = z.enum(['submit', 'publish', 'retire']);
export type BulkAction = z.infer<typeof BulkActionSchema>;
export const BulkBodySchema = z.object({
  questionIds: z
    .array(z.int().positive())
    .min(1, 'Chọn ít nhất một câu hỏi.')
    .max(QUESTION_LIMITS.bulk, `Tối đa ${QUESTION_LIMITS.bulk} câu hỏi mỗi lần.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Câu hỏi bị chọn trùng.'),
  action: BulkActionSchema,
});
export type BulkBody = z.infer<typeof BulkBodySchema>;
export const BulkResultSchema = z.object({
  updated: z.array(z.object({ id: z.int(), version: z.int(), status: QuestionStatusSchema })),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;

export const TransitionResultSchema = z.object({ id: z.int(), version: z.int(), status: QuestionStatusSchema, publishedVersion: z.int().nullable() });
export type TransitionResult = z.infer<typeof TransitionResultSchema>;

// ---- Statistics ------------------------------------------------------------------------------------

const Figures = {
  /** Finalized attempts (submitted or expired) that drew it. */
  timesDrawn: z.int(),
  timesAnswered: z.int(),
  timesCorrect: z.int(),
  /** Of the answered; null before anyone answered. */
  percentCorrect: z.number().nullable(),
};
export const QuestionStatsSchema = z.object({
  overall: z.object(Figures),
  versions: z.array(
    z.object({
      version: z.int(),
      ...Figures,
      options: z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean(), count: z.int(), percent: z.number().nullable() })),
    }),
  ),
});
export type QuestionStats = z.infer<typeof QuestionStatsSchema>;

// ---- Import ----------------------------------------------------------------------------------------

export const ImportFormatSchema = z.enum(['xlsx', 'csv', 'gift', 'moodle-xml', 'aiken']);
export type ImportFormatName = z.infer<typeof ImportFormatSchema>;
export const ImportPreviewQuerySchema = z.object({ format: ImportFormatSchema.optional() });

export const ItemErrorSchema = z.object({ path: z.string(), message: z.string() });
export type ImportItemError = z.infer<typeof ItemErrorSchema>;

/** One question as the organizer may edit it in the preview and send back to import. */
export const ImportItemSchema = z.object({
  line: z.int().min(0).optional(),
  title: z.string().max(10_000).nullable().default(null),
  text: z.string().max(20_000),
  options: z.array(z.object({ text: z.string().max(10_000), correct: z.boolean() })).max(50),
  explanation: z.string().max(20_000).default(''),
  citationDocument: z.string().max(5_000).default(''),
  citationArticle: z.string().max(5_000).default(''),
  /** Legal field names, as in the file. */
  fields: z.array(z.string().max(500)).max(50).default([]),
  difficulty: DifficultySchema.nullable().default(null),
});
export type ImportItem = z.input<typeof ImportItemSchema>;

export const PreviewItemSchema = ImportItemSchema.extend({
  line: z.int(),
  title: z.string().nullable(),
  explanation: z.string(),
  citationDocument: z.string(),
  citationArticle: z.string(),
  fields: z.array(z.string()),
  difficulty: DifficultySchema.nullable(),
  errors: z.array(ItemErrorSchema),
  /** A question already in the bank (questionId) or an earlier item of this file (itemIndex). */
  duplicateOf: z.object({ questionId: z.int().nullable(), itemIndex: z.int().nullable(), similarity: z.number() }).nullable(),
});
export type PreviewItem = z.infer<typeof PreviewItemSchema>;

export const ImportPreviewSchema = z.object({
  format: ImportFormatSchema,
  fileName: z.string().nullable(),
  items: z.array(PreviewItemSchema),
  skipped: z.array(z.object({ line: z.int(), kind: z.string(), reason: z.string() })),
  fileErrors: z.array(z.object({ line: z.int().optional(), message: z.string() })),
  /** Field names in the file that match no existing field (folded comparison): offered for creation. */
  unknownFields: z.array(z.string()),
  counts: z.object({ items: z.int(), withErrors: z.int(), skipped: z.int(), duplicates: z.int() }),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportStatusSchema = z.enum(['draft', 'in_review', 'published']);
export const ImportBodySchema = z.object({
  items: z.array(ImportItemSchema).min(1, 'Không có câu hỏi nào để nhập.').max(5000),
  createFields: z.array(z.string().trim().min(2).max(120)).max(100).default([]),
  defaultFieldId: z.int().positive().nullable().optional(),
  defaultDifficulty: DifficultySchema.default(2),
  status: ImportStatusSchema.default('draft'),
  source: z.string().trim().min(1).max(200).default('nhập tệp'),
});
export type ImportBody = z.input<typeof ImportBodySchema>;

export const ImportResultSchema = z.object({
  questionIds: z.array(z.int()),
  createdFields: z.array(LegalFieldSchema),
  duplicates: z.int(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ExportQuerySchema = QuestionFilterSchema.extend({ format: z.enum(['xlsx', 'gift']) });

export interface ImportCheckContext {
  /** Folded names of the fields that exist or will be created. */
  knownFields: Set<string>;
  hasDefaultField: boolean;
}

/**
 * The errors of one import item under the bank's own rules (QuestionInputSchema), with field names
 * checked against what exists or will be created. The server runs it before writing; the import page
 * runs it to re-check a row the organizer just fixed.
 */
export function importItemErrors(item: ImportItem, check: ImportCheckContext): ImportItemError[] {
  const errors: ImportItemError[] = [];
  const fields = item.fields ?? [];
  const unknown = fields.filter((f) => !check.knownFields.has(fieldNameKey(f)));
  if (unknown.length > 0) errors.push({ path: 'fields', message: `Lĩnh vực chưa có: ${unknown.join(', ')}. Hãy chọn tạo mới hoặc sửa tên.` });
  if (fields.length === 0 && !check.hasDefaultField) errors.push({ path: 'fields', message: 'Chưa có lĩnh vực pháp luật; hãy chọn lĩnh vực mặc định.' });
  // The placeholder below hides the field count from the schema; a question takes at most this many.
  if (new Set(fields.map(fieldNameKey)).size > QUESTION_LIMITS.fields) errors.push({ path: 'fields', message: `Tối đa ${QUESTION_LIMITS.fields} lĩnh vực mỗi câu hỏi.` });
  const parsed = QuestionInputSchema.safeParse({
    title: item.title ?? null,
    text: item.text,
    options: item.options,
    explanation: item.explanation ?? '',
    citationDocument: item.citationDocument ?? '',
    citationArticle: item.citationArticle ?? '',
    // Field ids are resolved separately above; a placeholder keeps the schema's other checks running.
    fieldIds: [1],
    difficulty: item.difficulty ?? 2,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      // One message per option list is enough for a row ("options", "options.2.text").
      if (!errors.some((e) => e.path === path)) errors.push({ path, message: issue.message });
    }
  }
  return errors;
}
