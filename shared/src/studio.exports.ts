import { z } from 'zod';

// Contracts of the studio's exports: background jobs that write a report as xlsx, CSV or a printable
// HTML page, with progress, kept for download for 24 hours.

export const ExportKindSchema = z.enum(['results', 'participants', 'unit_ranking', 'summary', 'items']);
export type ExportKind = z.infer<typeof ExportKindSchema>;

export const ExportFormatSchema = z.enum(['xlsx', 'csv', 'html']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const exportKindLabelsVi: Record<ExportKind, string> = {
  results: 'Kết quả thi',
  participants: 'Danh sách người dự thi',
  unit_ranking: 'Xếp hạng đơn vị',
  summary: 'Tổng hợp theo kỳ',
  items: 'Phân tích câu hỏi',
};

export const exportFormatLabelsVi: Record<ExportFormat, string> = {
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV (UTF-8)',
  html: 'Báo cáo in (A4)',
};

/** How long a finished file stays downloadable before the sweep deletes it. */
export const EXPORT_TTL_MS = 24 * 3600_000;

const id = z.coerce.number().int().positive();
const isoDate = z.iso.date();

/** What to export. Each kind names its own scope; the capability it needs is checked by the server. */
export const CreateExportBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('results'), format: ExportFormatSchema, contestId: id, roundId: id.optional() }).strict(),
  z
    .object({
      kind: z.literal('participants'),
      format: ExportFormatSchema,
      contestId: id,
      /** Full phone numbers: needs `pii.read`, and the access is recorded in the audit log. */
      unmaskedPhone: z.boolean().default(false),
    })
    .strict(),
  z.object({ kind: z.literal('unit_ranking'), format: ExportFormatSchema, contestId: id }).strict(),
  z.object({ kind: z.literal('summary'), format: ExportFormatSchema, from: isoDate, to: isoDate }).strict(),
  z.object({ kind: z.literal('items'), format: ExportFormatSchema, contestId: id.optional(), roundId: id.optional() }).strict(),
]);
export type CreateExportBody = z.infer<typeof CreateExportBodySchema>;
export type CreateExportInput = z.input<typeof CreateExportBodySchema>;

export const ExportStatusSchema = z.enum(['queued', 'running', 'done', 'failed', 'expired']);
export type ExportStatus = z.infer<typeof ExportStatusSchema>;

export const exportStatusLabelsVi: Record<ExportStatus, string> = {
  queued: 'Đang chờ',
  running: 'Đang xử lý',
  done: 'Hoàn thành',
  failed: 'Lỗi',
  expired: 'Đã hết hạn',
};

export const ExportJobSchema = z.object({
  id: z.string(),
  kind: ExportKindSchema,
  format: ExportFormatSchema,
  title: z.string(),
  status: ExportStatusSchema,
  /** 0–100. */
  progress: z.int(),
  /** Why the last run failed (kept while a retry is pending, final once failed). */
  error: z.string().nullable(),
  runs: z.int(),
  unmaskedPhone: z.boolean(),
  fileName: z.string().nullable(),
  sizeBytes: z.int().nullable(),
  rowCount: z.int().nullable(),
  requestedBy: z.object({ id: z.int(), name: z.string() }),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** Until when the file can be downloaded. */
  expiresAt: z.iso.datetime().nullable(),
  /** Set while the file can be downloaded. */
  downloadUrl: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;

export const ExportListSchema = z.object({ exports: z.array(ExportJobSchema) });
export type ExportList = z.infer<typeof ExportListSchema>;

export const ExportParamsSchema = z.object({ orgId: id, exportId: z.uuid() });
export type ExportParams = z.infer<typeof ExportParamsSchema>;
