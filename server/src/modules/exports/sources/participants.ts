import { maskPhone } from '@thiphapluat/shared';
import type { Column, Report } from '../report.js';
import { entrantTypeVi } from '../labels.js';
import { contestOf, mapRows, type SourceContext } from './context.js';

interface ParticipantRow {
  fullName: string;
  birthDate: string;
  phone: string;
  email: string | null;
  cccdLast3: string | null;
  unit: string | null;
  entrantType: string | null;
  createdAt: number;
  attempts: number;
  bestScore: number | null;
  disqualifiedReason: string | null;
}

const PARTICIPANTS_SQL = `
  select p.full_name as fullName, p.birth_date as birthDate, p.phone, p.email, p.cccd_last3 as cccdLast3,
         u.name as unit, p.entrant_type as entrantType, p.created_at as createdAt,
         (select count(*) from attempts a where a.participant_id = p.id) as attempts,
         (select max(a.score) from attempts a where a.participant_id = p.id) as bestScore,
         case when p.disqualified_at is null then null else coalesce(p.disqualified_reason, '') end as disqualifiedReason
  from participants p left join units u on u.id = p.unit_id
  where p.contest_id = ?
  order by p.created_at, p.id`;

/** "1995-05-20" → "20/05/1995". */
const vnBirthDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);

/**
 * Everyone registered in the contest. Phone numbers are masked unless the export was asked for with
 * `unmaskedPhone` by a role with `pii.read` (then the e-mail is included too); CCCD only ever shows its
 * last three digits, since the full number is never stored.
 */
export function participantsReport(src: SourceContext, params: { contestId: number }): Report {
  const contest = contestOf(src, params.contestId);
  const full = src.unmaskedPhone;
  const columns: Column[] = [
    { header: 'STT', type: 'int', width: 7 },
    { header: 'Họ và tên', type: 'text', width: 28 },
    { header: 'Ngày sinh', type: 'text', width: 12 },
    { header: 'Số điện thoại', type: 'text', width: 15 },
    ...(full ? [{ header: 'Email', type: 'text', width: 28 } as const] : []),
    { header: 'CCCD (3 số cuối)', type: 'text', width: 12 },
    { header: 'Đơn vị', type: 'text', width: 32 },
    { header: 'Đối tượng dự thi', type: 'text', width: 26 },
    { header: 'Ngày đăng ký', type: 'datetime', width: 18 },
    { header: 'Số lượt thi', type: 'int', width: 10 },
    { header: 'Điểm cao nhất', type: 'int', width: 12 },
    { header: 'Bị loại (lý do)', type: 'text', width: 30 },
  ];
  const total = (src.reader.prepare('select count(*) as n from participants where contest_id = ?').get(contest.id) as { n: number }).n;
  return {
    title: `Danh sách người dự thi ${contest.title}`,
    subtitle: full ? 'Có số điện thoại đầy đủ (dữ liệu cá nhân, việc truy cập đã được ghi nhật ký)' : 'Số điện thoại đã được che',
    organization: src.organizationName,
    generatedAt: src.now,
    sections: [
      {
        name: 'Người dự thi',
        title: 'Danh sách người dự thi',
        columns,
        total,
        rows: mapRows<ParticipantRow, (string | number | null)[]>(src.reader.prepare(PARTICIPANTS_SQL).iterate(contest.id), (r, i) => [
          i + 1,
          r.fullName,
          vnBirthDate(r.birthDate),
          full ? (r.phone.startsWith('+84') ? `0${r.phone.slice(3)}` : r.phone) : maskPhone(r.phone),
          ...(full ? [r.email] : []),
          r.cccdLast3 ? `*********${r.cccdLast3}` : null,
          r.unit,
          entrantTypeVi(r.entrantType),
          r.createdAt,
          r.attempts,
          r.bestScore,
          r.disqualifiedReason,
        ]),
      },
    ],
  };
}
