import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import { foldVietnamese, normalizeText } from '@thiphapluat/shared';
import type { Db } from '../client.js';
import {
  contests,
  contestUnits,
  drawBlueprints,
  legalFields,
  organizations,
  questions,
  questionVersionFields,
  questionVersions,
  rounds,
  units,
} from '../schema.js';
import { seedLegalFields } from './legal-fields.js';
import { seedQuestions } from './questions/index.js';
import { seedUnits } from './units.js';

export interface SeedSummary {
  organizationId: number;
  contestSlug: string;
  legalFields: number;
  questions: number;
  units: number;
  roundIds: number[];
}

const DAY = 86_400_000;
/** 10:00 in Vietnam (03:00 UTC) on the day of `t`: rounds open at a human hour. */
const vnTenOClock = (t: number) => Math.floor((t + 7 * 3600_000) / DAY) * DAY + 3 * 3600_000;

export const DEMO_CONTEST_SLUG = 'tim-hieu-phap-luat-2026';

const RULES_MD = `## Thể lệ cuộc thi

**1. Đối tượng dự thi.** Công dân Việt Nam từ đủ 15 tuổi trở lên. Thành viên Ban Tổ chức, Tổ thư ký không được dự thi.

**2. Đăng ký.** Mỗi số điện thoại chỉ đăng ký một tài khoản. Thông tin đăng ký không thay đổi được sau khi đăng ký; tài khoản trùng lặp hoặc khai không đúng sự thật sẽ bị hủy kết quả.

**3. Bài thi.** Mỗi lượt thi gồm 20 câu hỏi trắc nghiệm được chọn ngẫu nhiên từ ngân hàng câu hỏi, sắp xếp từ dễ đến khó; thời gian làm bài 20 phút. Điểm và thời gian làm bài hiển thị ngay sau khi nộp.

**4. Câu hỏi dự đoán.** Dự đoán số người trả lời đúng tất cả các câu hỏi trong đợt thi; chỉ dùng để xếp hạng khi bằng điểm.

**5. Số lượt thi.** Tối đa 3 lượt mỗi đợt; lượt có kết quả cao nhất được tính.

**6. Xếp hạng.** Điểm cao hơn; nếu bằng điểm, dự đoán gần đúng hơn; nếu vẫn bằng, thời gian làm bài ngắn hơn; cuối cùng là thời điểm nộp bài sớm hơn.
`;

/**
 * Seeds the demo on an empty database and returns what it made; returns null and changes nothing when
 * any organization exists. All in one transaction: a failed seed leaves the database empty.
 */
export function seedDemo(db: Db, now: number): SeedSummary | null {
  const existing = db.select({ n: count() }).from(organizations).get()?.n ?? 0;
  if (existing > 0) return null;
  return db.transaction((tx) => {
    const org = tx.insert(organizations).values({ slug: 'so-tu-phap-can-tho', name: 'Sở Tư pháp thành phố Cần Thơ', createdAt: now }).returning().get();

    const fieldIds = new Map<string, number>();
    for (const f of seedLegalFields) {
      fieldIds.set(f.code, tx.insert(legalFields).values({ code: f.code, name: f.name, createdAt: now }).returning().get().id);
    }

    const root = tx
      .insert(units)
      .values({ organizationId: org.id, code: seedUnits.root.code, name: seedUnits.root.name, nameFolded: foldVietnamese(seedUnits.root.name), kind: seedUnits.root.kind, createdAt: now })
      .returning()
      .get();
    const unitIds = [root.id];
    for (const u of seedUnits.children) {
      unitIds.push(
        tx.insert(units).values({ organizationId: org.id, parentId: root.id, code: u.code, name: u.name, nameFolded: foldVietnamese(u.name), kind: u.kind, createdAt: now }).returning().get().id,
      );
    }

    for (const q of seedQuestions) {
      const fieldCodes = [...new Set(q.fields)];
      const ids = fieldCodes.map((c) => {
        const id = fieldIds.get(c);
        if (id === undefined) throw new Error(`seed question uses unknown legal field ${c}: ${q.text}`);
        return id;
      });
      const question = tx.insert(questions).values({ organizationId: org.id, latestVersion: 1, createdAt: now, updatedAt: now }).returning().get();
      const options = q.options.map((text) => ({ id: randomUUID().slice(0, 8), text: normalizeText(text) }));
      const version = tx
        .insert(questionVersions)
        .values({
          questionId: question.id,
          version: 1,
          status: 'published',
          text: normalizeText(q.text),
          options,
          correctOptionIds: q.correct.map((i) => (options[i] as { id: string }).id),
          explanation: normalizeText(q.explanation),
          citationDocument: q.citation.document,
          citationArticle: q.citation.article,
          difficulty: q.difficulty,
          primaryFieldId: ids[0] as number,
          createdAt: now,
        })
        .returning()
        .get();
      tx.insert(questionVersionFields).values(ids.map((legalFieldId) => ({ questionVersionId: version.id, legalFieldId }))).run();
    }

    const contest = tx
      .insert(contests)
      .values({
        organizationId: org.id,
        slug: DEMO_CONTEST_SLUG,
        title: 'Cuộc thi trực tuyến “Tìm hiểu pháp luật” năm 2026',
        summary: 'Cuộc thi dành cho mọi người dân từ đủ 15 tuổi, tìm hiểu Hiến pháp và các luật gần gũi với đời sống: hôn nhân và gia đình, đất đai, giao thông, căn cước, bảo vệ người tiêu dùng…',
        rulesMd: RULES_MD,
        status: 'published',
        minAge: 15,
        registrationFields: { cccd: 'optional', email: 'optional', unit: 'required', entrantType: 'required' },
        consentText:
          'Tôi đồng ý để Ban Tổ chức xử lý họ tên, ngày sinh, số điện thoại, đơn vị và (nếu có) số CCCD, email của tôi nhằm tổ chức cuộc thi, xác minh và trao giải. Dữ liệu được xóa khi hết thời hạn lưu trữ hoặc khi tôi yêu cầu.',
        predictionEnabled: true,
        predictionPrompt: 'Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi trong đợt thi này?',
        showAnswers: 'after_submit',
        pointsPerQuestion: 1,
        answerGraceMs: 2000,
        prizes: [
          { tier: 'first', count: 1, label: 'Giải Nhất', value: '3.000.000 đồng' },
          { tier: 'second', count: 2, label: 'Giải Nhì', value: '2.000.000 đồng' },
          { tier: 'third', count: 3, label: 'Giải Ba', value: '1.000.000 đồng' },
          { tier: 'consolation', count: 10, label: 'Giải Khuyến khích', value: '500.000 đồng' },
          { tier: 'collective', count: 3, label: 'Giải tập thể', value: 'Giấy khen' },
        ],
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    tx.insert(contestUnits).values(unitIds.map((unitId) => ({ contestId: contest.id, unitId }))).run();

    const opens = vnTenOClock(now) - DAY;
    const windows = [
      { seq: 1, name: 'Đợt 1', opensAt: opens, closesAt: opens + 15 * DAY - 3600_000 },
      { seq: 2, name: 'Đợt 2', opensAt: opens + 15 * DAY, closesAt: opens + 30 * DAY - 3600_000 },
    ];
    const roundIds: number[] = [];
    for (const w of windows) {
      const round = tx.insert(rounds).values({ contestId: contest.id, ...w, timeLimitSec: 20 * 60, maxAttempts: 3, createdAt: now }).returning().get();
      roundIds.push(round.id);
      // Two questions per legal field: one easy, one of any difficulty. Twenty in all.
      for (const id of fieldIds.values()) {
        tx.insert(drawBlueprints).values([
          { roundId: round.id, legalFieldId: id, difficulty: 1, count: 1 },
          { roundId: round.id, legalFieldId: id, difficulty: null, count: 1 },
        ]).run();
      }
    }
    return { organizationId: org.id, contestSlug: contest.slug, legalFields: fieldIds.size, questions: seedQuestions.length, units: unitIds.length, roundIds };
  });
}
