import { maskPhone } from '@thiphapluat/shared';
import type { Column, Report, Section } from '../report.js';
import { entrantTypeVi } from '../labels.js';
import { contestOf, mapRows, roundsOf, type SourceContext } from './context.js';

interface ResultRow {
  finalRank: number | null;
  fullName: string;
  phone: string;
  unit: string | null;
  entrantType: string | null;
  score: number;
  maxScore: number;
  durationMs: number;
  submittedAt: number;
  prediction: number | null;
  prize: string | null;
}

// Best attempt per participant (round_results), disqualified entries left out, in the frozen order
// once the round is finalized, otherwise by the live order (score, then time, then submission).
const RESULTS_SQL = `
  select rr.final_rank as finalRank, p.full_name as fullName, p.phone, u.name as unit, p.entrant_type as entrantType,
         rr.score, a.max_score as maxScore, rr.duration_ms as durationMs, rr.submitted_at as submittedAt, rr.prediction,
         ra.label as prize
  from round_results rr
  join participants p on p.id = rr.participant_id
  join attempts a on a.id = rr.attempt_id
  left join units u on u.id = p.unit_id
  left join round_awards ra on ra.round_id = rr.round_id and ra.participant_id = rr.participant_id
  where rr.round_id = ? and p.disqualified_at is null
  order by rr.final_rank is null, rr.final_rank, rr.score desc, rr.duration_ms, rr.submitted_at`;

const COUNT_SQL = `
  select count(*) as n from round_results rr join participants p on p.id = rr.participant_id
  where rr.round_id = ? and p.disqualified_at is null`;

/** The rows of a round's results, as the report and the benchmark read them. */
export function resultRows(src: SourceContext, roundId: number): IterableIterator<unknown> {
  return src.reader.prepare(RESULTS_SQL).iterate(roundId);
}

/**
 * Results of a round, or of every round of a contest (one section each): rank, name, masked phone,
 * unit, entrant type, score, time, prediction (when the contest asks it), published prize.
 */
export function resultsReport(src: SourceContext, params: { contestId: number; roundId?: number }): Report {
  const contest = contestOf(src, params.contestId);
  const rounds = roundsOf(src, contest.id, params.roundId);
  if (rounds.length === 0) throw new Error('Đợt thi không còn tồn tại.');
  const count = src.reader.prepare(COUNT_SQL);
  const columns: Column[] = [
    { header: 'Hạng', type: 'int', width: 8 },
    { header: 'Họ và tên', type: 'text', width: 28 },
    { header: 'Số điện thoại', type: 'text', width: 15 },
    { header: 'Đơn vị', type: 'text', width: 32 },
    { header: 'Đối tượng dự thi', type: 'text', width: 26 },
    { header: 'Điểm', type: 'int', width: 8 },
    { header: 'Điểm tối đa', type: 'int', width: 11 },
    { header: 'Thời gian làm bài (phút:giây)', type: 'duration', width: 16 },
    { header: 'Nộp bài lúc', type: 'datetime', width: 18 },
    ...(contest.predictionEnabled ? [{ header: 'Dự đoán', type: 'int', width: 11 } as const] : []),
    { header: 'Giải', type: 'text', width: 18 },
  ];
  const sections: Section[] = rounds.map((round) => ({
    name: round.name,
    title: `${round.name}`,
    columns,
    total: (count.get(round.id) as { n: number }).n,
    rows: mapRows<ResultRow, (string | number | null)[]>(resultRows(src, round.id), (r, i) => [
      r.finalRank ?? i + 1,
      r.fullName,
      maskPhone(r.phone),
      r.unit,
      entrantTypeVi(r.entrantType),
      r.score,
      r.maxScore,
      r.durationMs,
      r.submittedAt,
      ...(contest.predictionEnabled ? [r.prediction] : []),
      r.prize,
    ]),
    note: 'Xếp hạng: điểm cao hơn, dự đoán gần đúng hơn, thời gian làm bài ngắn hơn, nộp bài sớm hơn. Không gồm người dự thi bị loại. Số điện thoại đã được che.',
  }));
  return {
    title: `Kết quả ${contest.title}`,
    subtitle: rounds.length === 1 ? rounds[0]!.name : 'Tất cả các đợt thi',
    organization: src.organizationName,
    generatedAt: src.now,
    sections,
  };
}
