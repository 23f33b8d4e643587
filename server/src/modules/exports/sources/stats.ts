import { ageBandLabelsVi, genderLabelsVi, itemFlagLabelsVi, type StatsSlice, type UnitRankRow } from '@thiphapluat/shared';
import { unitRanking } from '../../stats/contest-stats.service.js';
import { itemAnalysis } from '../../stats/item-analysis.service.js';
import { organizationOverview } from '../../stats/overview.service.js';
import type { Cell, Column, Report, Section } from '../report.js';
import { contestOf, type SourceContext } from './context.js';

// Reports built from the statistics services' figures: small aggregates, so the rows are arrays.

const section = (name: string, title: string, columns: Column[], rows: Cell[][], note?: string): Section => ({
  name,
  title,
  columns,
  rows,
  total: rows.length,
  ...(note ? { note } : {}),
});

const SLICE_COLUMNS: Column[] = [
  { header: 'Nhóm', type: 'text', width: 32 },
  { header: 'Số người', type: 'int', width: 12 },
  { header: 'Tỷ lệ', type: 'percent', width: 10 },
];
const sliceRows = (slices: StatsSlice[]): Cell[][] => slices.map((s) => [s.label, s.participants, s.share]);
const dayVi = (iso: string) => iso.split('-').reverse().join('/');

/** The period summary: the Mẫu I table, participants per month, units, the splits and the contests. */
export function summaryReport(src: SourceContext, params: { from: string; to: string }): Report {
  const o = organizationOverview(src.db, src.organizationId, { from: params.from, to: params.to }, src.now);
  const summaryRow = (r: typeof o.summary.total): Cell[] => [r.label, r.contests, r.contestTitles.join('; '), r.participants, r.attempts, r.completionRate, r.units];
  const unitColumns: Column[] = [
    { header: 'Đơn vị', type: 'text', width: 34 },
    { header: 'Người dự thi', type: 'int', width: 13 },
    { header: 'Dân số', type: 'int', width: 12 },
    { header: 'Trên 1.000 dân', type: 'decimal', width: 14 },
  ];
  return {
    title: `Báo cáo tổng hợp cuộc thi tìm hiểu pháp luật trực tuyến`,
    subtitle: `Từ ngày ${dayVi(o.period.from)} đến ngày ${dayVi(o.period.to)}`,
    organization: src.organizationName,
    generatedAt: src.now,
    sections: [
      section(
        'Tổng hợp',
        `Mẫu I — ${o.summary.title}`,
        [
          { header: 'Năm', type: 'text', width: 12 },
          { header: 'Số cuộc thi', type: 'int', width: 11 },
          { header: 'Tên cuộc thi', type: 'text', width: 50 },
          { header: 'Người dự thi', type: 'int', width: 13 },
          { header: 'Lượt thi', type: 'int', width: 12 },
          { header: 'Tỷ lệ hoàn thành', type: 'percent', width: 14 },
          { header: 'Số đơn vị tham gia', type: 'int', width: 14 },
        ],
        [...o.summary.rows.map(summaryRow), summaryRow(o.summary.total)],
        'Mỗi người (một số điện thoại) được tính một lần; không tính người bị loại. Tỷ lệ hoàn thành: số lượt tự nộp bài ÷ số lượt đã kết thúc.',
      ),
      section(
        'Theo tháng',
        'Người dự thi và lượt thi theo tháng',
        [
          { header: 'Tháng', type: 'text', width: 10 },
          { header: 'Người dự thi', type: 'int', width: 13 },
          { header: 'Lượt thi', type: 'int', width: 12 },
        ],
        o.perMonth.map((m) => [`${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`, m.participants, m.attempts]),
      ),
      section('Đơn vị', 'Đơn vị có nhiều người dự thi nhất', unitColumns, o.topUnitsByParticipants.map((u) => [u.unit, u.participants, u.population, u.ratePer1000])),
      section('Tỷ lệ tham gia', 'Đơn vị có tỷ lệ tham gia cao nhất (trên 1.000 dân)', unitColumns, o.topUnitsByRate.map((u) => [u.unit, u.participants, u.population, u.ratePer1000])),
      section('Đối tượng', 'Theo đối tượng dự thi', SLICE_COLUMNS, sliceRows(o.byEntrantType)),
      section('Độ tuổi', `Theo độ tuổi (${Object.values(ageBandLabelsVi).length} nhóm)`, SLICE_COLUMNS, sliceRows(o.byAgeBand)),
      section('Giới tính', `Theo giới tính (${Object.values(genderLabelsVi).join(', ')})`, SLICE_COLUMNS, sliceRows(o.byGender)),
      section(
        'Cuộc thi',
        'Các cuộc thi trong kỳ',
        [
          { header: 'Cuộc thi', type: 'text', width: 50 },
          { header: 'Người dự thi', type: 'int', width: 13 },
          { header: 'Lượt thi', type: 'int', width: 12 },
        ],
        o.contests.map((c) => [c.title, c.participants, c.attempts]),
      ),
    ],
  };
}

const RANK_COLUMNS: Column[] = [
  { header: 'Hạng', type: 'int', width: 8 },
  { header: 'Đơn vị', type: 'text', width: 34 },
  { header: 'Người dự thi', type: 'int', width: 13 },
  { header: 'Dân số', type: 'int', width: 12 },
  { header: 'Trên 1.000 dân', type: 'decimal', width: 14 },
  { header: 'Giải tập thể', type: 'text', width: 14 },
];
const rankRows = (rows: UnitRankRow[]): Cell[][] => rows.map((u) => [u.rank, u.unit, u.participants, u.population, u.ratePer1000, u.awarded ? 'Đạt giải' : null]);

/** Units ranked for the collective prize, over the contest and per round, with the contest's formula. */
export function unitRankingReport(src: SourceContext, params: { contestId: number }): Report {
  const contest = contestOf(src, params.contestId);
  const r = unitRanking(src.db, src.organizationId, contest.id, src.now);
  return {
    title: `Xếp hạng đơn vị ${contest.title}`,
    subtitle: r.prize ? `${r.prize.label} (${r.prize.count} giải)` : 'Xếp hạng theo số người dự thi',
    organization: src.organizationName,
    generatedAt: src.now,
    sections: [
      section('Toàn cuộc thi', 'Toàn cuộc thi', RANK_COLUMNS, rankRows(r.overall), `Cách tính: ${r.formula}`),
      ...r.rounds.map((round) => section(round.name, round.name, RANK_COLUMNS, rankRows(round.rows), `Cách tính: ${r.formula}`)),
    ],
  };
}

/** Item analysis: each question's figures and flags, each option's picks (distractors), each legal field's accuracy. */
export function itemsReport(src: SourceContext, params: { contestId?: number; roundId?: number }): Report {
  const scope = params.roundId !== undefined ? { kind: 'round' as const, roundId: params.roundId } : { kind: 'contest' as const, contestId: params.contestId! };
  const a = itemAnalysis(src.db, src.organizationId, scope, { now: src.now });
  const options: Cell[][] = a.questions.flatMap((q) =>
    q.versions.flatMap((v) => v.options.map((o) => [q.questionId, v.version, o.label, o.text, o.correct ? 'Đúng' : null, o.picks, o.share, o.upperShare, o.lowerShare])),
  );
  return {
    title: 'Phân tích câu hỏi',
    subtitle: `${a.scope.label} — ${a.attempts.toLocaleString('vi-VN')} lượt thi, nhóm cao/thấp mỗi nhóm ${a.groupSize} lượt (27%)`,
    organization: src.organizationName,
    generatedAt: src.now,
    sections: [
      section(
        'Câu hỏi',
        'Chỉ số từng câu hỏi',
        [
          { header: 'Mã câu hỏi', type: 'int', width: 10 },
          { header: 'Câu hỏi', type: 'text', width: 60 },
          { header: 'Lĩnh vực', type: 'text', width: 26 },
          { header: 'Lượt trả lời', type: 'int', width: 11 },
          { header: 'Trả lời đúng', type: 'int', width: 11 },
          { header: 'Độ dễ (% đúng)', type: 'percent', width: 12 },
          { header: 'Độ phân biệt (27%)', type: 'decimal', width: 13 },
          { header: 'Hệ số tương quan điểm', type: 'decimal', width: 13 },
          { header: 'Cảnh báo', type: 'text', width: 40 },
        ],
        a.questions.map((q) => [
          q.questionId,
          q.text,
          q.fields.map((f) => f.name).join('; '),
          q.responses,
          q.correct,
          q.facility,
          q.discrimination,
          q.pointBiserial,
          q.flags.map((f) => `${itemFlagLabelsVi[f.code]}: ${f.reason}`).join(' | ') || null,
        ]),
        'Độ phân biệt: tỷ lệ đúng của 27% lượt thi điểm cao nhất trừ 27% lượt thi điểm thấp nhất. Hệ số tương quan điểm: tương quan điểm-nhị phân giữa câu hỏi và phần còn lại của bài.',
      ),
      section(
        'Phương án',
        'Phân tích phương án nhiễu',
        [
          { header: 'Mã câu hỏi', type: 'int', width: 10 },
          { header: 'Phiên bản', type: 'int', width: 9 },
          { header: 'Phương án', type: 'text', width: 9 },
          { header: 'Nội dung', type: 'text', width: 50 },
          { header: 'Đáp án', type: 'text', width: 8 },
          { header: 'Lượt chọn', type: 'int', width: 10 },
          { header: 'Tỷ lệ chọn', type: 'percent', width: 10 },
          { header: 'Nhóm cao', type: 'percent', width: 10 },
          { header: 'Nhóm thấp', type: 'percent', width: 10 },
        ],
        options,
      ),
      section(
        'Lĩnh vực',
        'Tỷ lệ trả lời đúng theo lĩnh vực pháp luật (thấp nhất trước)',
        [
          { header: 'Lĩnh vực', type: 'text', width: 34 },
          { header: 'Số câu hỏi', type: 'int', width: 11 },
          { header: 'Lượt trả lời', type: 'int', width: 12 },
          { header: 'Trả lời đúng', type: 'int', width: 12 },
          { header: 'Tỷ lệ đúng', type: 'percent', width: 11 },
        ],
        a.fields.map((f) => [f.name, f.questions, f.responses, f.correct, f.accuracy]),
      ),
    ],
  };
}
