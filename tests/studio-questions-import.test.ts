import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { auditLog, legalFields, questions } from '@thiphapluat/db';
import {
  ErrorBodySchema,
  ImportPreviewSchema,
  ImportResultSchema,
  QuestionDetailSchema,
  QuestionSavedSchema,
  type ImportPreview,
  type QuestionDetail,
} from '@thiphapluat/shared';
import { createTestApp, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

let t: TestApp;
let org: number;
let organizer: StaffClient;
let admin: StaffClient;
const url = (path: string, o = org) => `/api/studio/orgs/${o}/${path}`;
const questionCount = () => t.app.ctx.db.select({ n: count() }).from(questions).get()!.n;

const HEADER = ['Câu hỏi', 'A', 'B', 'C', 'D', 'Đáp án', 'Lĩnh vực', 'Độ khó', 'Giải thích', 'Căn cứ pháp lý'];

async function xlsx(rows: (string | number)[][], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function preview(client: StaffClient, bytes: Buffer | string, fileName: string, contentType = 'application/octet-stream', o = org) {
  return client.request({
    method: 'POST',
    url: url('questions/import/preview', o),
    payload: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
    headers: { 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName) },
  });
}
async function previewOk(client: StaffClient, bytes: Buffer | string, fileName: string, contentType?: string, o = org): Promise<ImportPreview> {
  const res = await preview(client, bytes, fileName, contentType, o);
  expect(res.statusCode, res.body).toBe(200);
  return ImportPreviewSchema.parse(res.json());
}
/** The items as the import page sends them back: as previewed, minus the errors and hints. */
const asImport = (p: ImportPreview) => p.items.map(({ errors: _e, duplicateOf: _d, ...item }) => item);

beforeAll(async () => {
  t = await createTestApp();
  org = demoOrganizationId(t.app);
  organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  admin = await signInStaff(t.app, { organizationId: org, role: 'admin' });
});
afterAll(() => t.close());

describe('xlsx import: preview, fix a row, all or nothing', () => {
  it('previews every row with its errors, imports nothing while one is wrong, then imports the fixed rows in one audited transaction', async () => {
    const file = await xlsx([
      ['Nam từ đủ bao nhiêu tuổi được kết hôn xyzxl?', '18', '19', '20', '21', 'C', 'Hôn nhân và gia đình', 'Dễ', 'Điểm a khoản 1 Điều 8.', 'Luật Hôn nhân và gia đình 2014, Điều 8'],
      ['Thẻ căn cước cấp cho công dân từ bao nhiêu tuổi xyzxl?', '0 tuổi', '6 tuổi', '14 tuổi', '16 tuổi', 'E', 'Căn cước', 'Trung bình', '', ''],
      ['Luật An ninh mạng được Quốc hội thông qua năm nào xyzxl?', '2016', '2017', '2018', '2019', 'C', 'An ninh mạng', 'Khó', '', 'Luật An ninh mạng 2018'],
      ['Câu hỏi thiếu đáp án xyzxl?', 'Có', 'Không', '', '', '', 'Dân sự', '', '', ''],
    ]);
    const p = await previewOk(organizer, file, 'bo-cau-hoi.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(p.format).toBe('xlsx');
    expect(p.items.map((i) => i.line)).toEqual([2, 3, 4, 5]);
    expect(p.items[0]!.errors).toEqual([]);
    expect(p.items[0]!.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['20']);
    expect(p.items[1]!.errors.length).toBeGreaterThan(0);
    expect(p.items[1]!.errors.map((e) => e.message).join(' ')).toMatch(/E/);
    expect(p.items[3]!.errors.length).toBeGreaterThan(0);
    expect(p.unknownFields).toEqual(['An ninh mạng']);
    expect(p.counts).toMatchObject({ items: 4, withErrors: 2 });

    const before = questionCount();
    const bad = await organizer.post(url('questions/import'), { items: asImport(p), createFields: ['An ninh mạng'], source: 'bo-cau-hoi.xlsx' });
    expect(bad.statusCode).toBe(400);
    const err = ErrorBodySchema.parse(bad.json()).error;
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.fields?.map((f) => f.path)).toEqual(expect.arrayContaining(['items.1.options', 'items.3.options']));
    expect(err.fields?.every((f) => /^items\.[13]\./.test(f.path))).toBe(true);
    expect(questionCount()).toBe(before);
    // Not even the field asked for was created: the transaction rolled back.
    expect(t.app.ctx.db.select().from(legalFields).where(eq(legalFields.name, 'An ninh mạng')).all()).toEqual([]);

    // Fix row 3 (answer A) in the preview, drop row 5, and create the unknown field.
    const items = asImport(p);
    items[1] = { ...items[1]!, options: items[1]!.options.map((o, i) => ({ ...o, correct: i === 0 })) };
    items.splice(3, 1);
    const unknownField = await organizer.post(url('questions/import'), { items, source: 'bo-cau-hoi.xlsx' });
    expect(ErrorBodySchema.parse(unknownField.json()).error.fields).toEqual([{ path: 'items.2.fields', message: expect.stringContaining('An ninh mạng') }]);

    const audits = t.app.ctx.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'question.imported')).get()!.n;
    const ok = await organizer.post(url('questions/import'), { items, createFields: ['An ninh mạng'], source: 'bo-cau-hoi.xlsx' });
    expect(ok.statusCode, ok.body).toBe(201);
    const result = ImportResultSchema.parse(ok.json());
    expect(result.questionIds).toHaveLength(3);
    expect(result.createdFields.map((f) => f.name)).toEqual(['An ninh mạng']);
    expect(questionCount()).toBe(before + 3);

    const q3 = QuestionDetailSchema.parse((await organizer.get(url(`questions/${result.questionIds[2]}`))).json());
    expect(q3.current).toMatchObject({ status: 'draft', difficulty: 3, citationDocument: 'Luật An ninh mạng 2018', source: 'bo-cau-hoi.xlsx:4' });
    expect(q3.current.fields.map((f) => f.name)).toEqual(['An ninh mạng']);
    const q2 = QuestionDetailSchema.parse((await organizer.get(url(`questions/${result.questionIds[1]}`))).json());
    expect(q2.current.options.find((o) => o.correct)?.text).toBe('0 tuổi');

    const audit = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'question.imported')).all();
    expect(audit).toHaveLength(audits + 1);
    expect(audit.at(-1)!.after).toMatchObject({ count: 3, source: 'bo-cau-hoi.xlsx', questionIds: result.questionIds });
    // Imported questions are searchable at once.
    const found = (await organizer.get(url('questions?q=xyzxl'))).json() as { total: number };
    expect(found.total).toBe(3);
  });

  it('refuses an item with more legal fields than a question takes, in the preview and the import, writing nothing (was a 500)', async () => {
    const names = ((await organizer.get(url('legal-fields'))).json().fields as { name: string }[]).map((f) => f.name);
    expect(names.length).toBeGreaterThanOrEqual(10);
    // Ten existing fields and one the import creates: eleven distinct fields on one row.
    const eleven = [...names.slice(0, 10), 'Lĩnh vực thứ mười một'];
    const p = await previewOk(organizer, await xlsx([['Câu hỏi có mười một lĩnh vực xyz11?', 'Có', 'Không', '', '', 'A', eleven.join('; '), 'Dễ', '', '']]), 'muoi-mot.xlsx');
    expect(p.items[0]!.fields).toEqual(eleven);
    expect(p.items[0]!.errors).toEqual([{ path: 'fields', message: 'Tối đa 10 lĩnh vực mỗi câu hỏi.' }]);

    const before = questionCount();
    const audits = t.app.ctx.db.select({ n: count() }).from(auditLog).get()!.n;
    const res = await organizer.post(url('questions/import'), { items: asImport(p), createFields: ['Lĩnh vực thứ mười một'] });
    expect(res.statusCode, res.body).toBe(400);
    const err = ErrorBodySchema.parse(res.json()).error;
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.fields?.map((f) => f.path)).toEqual(['items.0.fields']);
    expect(questionCount()).toBe(before);
    expect(t.app.ctx.db.select({ n: count() }).from(auditLog).get()!.n).toBe(audits);
    expect(t.app.ctx.db.select().from(legalFields).where(eq(legalFields.name, 'Lĩnh vực thứ mười một')).all()).toEqual([]);
  });

  it('reports a wrong header as a file error with no items', async () => {
    const p = await previewOk(organizer, await xlsx([['Câu 1?', 'x', 'y', 'z', 'w']], ['Nội dung', 'A', 'B', 'C', 'D']), 'sai-tieu-de.xlsx');
    expect(p.items).toEqual([]);
    expect(p.fileErrors.map((e) => e.message).join(' ')).toMatch(/Đáp án/);
  });

  it('publishes on import only for a reviewer role, and defaults field and difficulty when the file has none', async () => {
    const file = await xlsx([['Câu không có lĩnh vực xyzdefault?', 'Có', 'Không', '', '', 'A', '', '', '', '']]);
    const p = await previewOk(organizer, file, 'khong-linh-vuc.xlsx');
    const denied = await organizer.post(url('questions/import'), { items: asImport(p), status: 'published', defaultFieldId: 1 });
    expect(denied.statusCode).toBe(403);
    const noField = await admin.post(url('questions/import'), { items: asImport(p), status: 'published' });
    expect(ErrorBodySchema.parse(noField.json()).error.fields?.[0]?.path).toBe('items.0.fields');
    const fieldId = (await organizer.get(url('legal-fields'))).json().fields[2].id as number;
    const ok = ImportResultSchema.parse((await admin.post(url('questions/import'), { items: asImport(p), status: 'published', defaultFieldId: fieldId, defaultDifficulty: 3 })).json());
    const q = QuestionDetailSchema.parse((await admin.get(url(`questions/${ok.questionIds[0]}`))).json());
    expect(q.current).toMatchObject({ status: 'published', difficulty: 3, fields: [{ id: fieldId, name: expect.any(String) }] });
  });
});

describe('every format through the API', () => {
  it('reads a UTF-8 csv with Vietnamese headers, and refuses bad encoding with its line', async () => {
    const csv = `${HEADER.join(',')}\n"Ai là người đứng đầu Nhà nước xyzcsv?",Chủ tịch nước,Thủ tướng,Chủ tịch Quốc hội,Chánh án,A,Hiến pháp,Dễ,,Hiến pháp 2013 Điều 86\n`;
    const p = await previewOk(organizer, csv, 'cau-hoi.csv', 'text/csv');
    expect(p.format).toBe('csv');
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ line: 2, errors: [], fields: ['Hiến pháp'], difficulty: 1 });

    // "Câu hỏi" in Windows-1258 is not UTF-8.
    const latin = Buffer.concat([Buffer.from(`${HEADER.join(',')}\n`, 'utf8'), Buffer.from([0x43, 0xe2, 0x75, 0x20, 0x68, 0xf5, 0x69, 0x2c, 0x41, 0x0a])]);
    const bad = await previewOk(organizer, latin, 'sai-ma.csv', 'text/csv');
    expect(bad.fileErrors.length).toBeGreaterThan(0);
    expect(bad.fileErrors[0]!.line).toBe(2);
  });

  it('reads GIFT: multiple choice, weighted multiple answer, true/false, skips an essay with its line, and names the line of a syntax error', async () => {
    const gift = [
      '$CATEGORY: $course$/Hiến pháp',
      '',
      '::Q1:: Quốc hội là cơ quan nào xyzgift? {=Cơ quan đại biểu cao nhất của Nhân dân ~Cơ quan hành chính ~Cơ quan xét xử}',
      '',
      '::Q2:: Chọn các quyền công dân xyzgift {~%50%Quyền bầu cử ~%50%Quyền ứng cử ~%-100%Quyền miễn thuế}',
      '',
      '::Q3:: Công dân có quyền tự do ngôn luận xyzgift. {T}',
      '',
      '::Q4:: Hãy trình bày suy nghĩ của bạn về pháp luật xyzgift. {}',
      '',
    ].join('\n');
    const p = await previewOk(organizer, gift, 'bo-cau-hoi.gift', 'text/plain');
    expect(p.format).toBe('gift');
    expect(p.items.map((i) => [i.line, i.title, i.errors.length])).toEqual([[3, 'Q1', 0], [5, 'Q2', 0], [7, 'Q3', 0]]);
    expect(p.items[1]!.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['Quyền bầu cử', 'Quyền ứng cử']);
    expect(p.items[2]!.options.map((o) => [o.text, o.correct])).toEqual([['Đúng', true], ['Sai', false]]);
    expect(p.skipped).toEqual([expect.objectContaining({ line: 9 })]);
    expect(p.items[0]!.fields).toEqual(['Hiến pháp']);

    const broken = '::A:: Câu một xyzgift? {=Đúng ~Sai}\n\n::B:: Câu hai thiếu ngoặc xyzgift? {=Đúng ~Sai\n\n::C:: Câu ba? {=X ~Y}\n';
    const b = await previewOk(organizer, broken, 'loi.gift', 'text/plain');
    const lines = [...b.fileErrors.map((e) => e.line), ...b.items.filter((i) => i.errors.length > 0).map((i) => i.line)];
    expect(lines).toContain(3);
  });

  it('reads Moodle XML (multichoice, truefalse, category) and skips an essay', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Đất đai</text></category></question>
  <question type="multichoice">
    <name><text>Đất đai 1</text></name>
    <questiontext format="html"><text><![CDATA[<p>Đất đai thuộc sở hữu của ai <b>xyzxml</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Điều 53 Hiến pháp.</text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>Toàn dân</text></answer>
    <answer fraction="0"><text>Nhà nước</text></answer>
    <answer fraction="0"><text>Cá nhân</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Đất đai 2</text></name>
    <questiontext format="moodle_auto_format"><text>Người sử dụng đất có quyền chuyển nhượng xyzxml.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="essay">
    <name><text>Tự luận</text></name>
    <questiontext format="html"><text>Trình bày xyzxml</text></questiontext>
  </question>
</quiz>`;
    const p = await previewOk(organizer, xml, 'moodle.xml', 'application/xml');
    expect(p.format).toBe('moodle-xml');
    expect(p.items).toHaveLength(2);
    expect(p.items[0]).toMatchObject({ title: 'Đất đai 1', fields: ['Đất đai'], errors: [] });
    expect(p.items[0]!.text).toContain('**xyzxml**');
    expect(p.items[0]!.text).not.toContain('<');
    expect(p.items[1]!.options.find((o) => o.correct)?.text).toBe('Đúng');
    expect(p.skipped.map((s) => s.kind)).toEqual(['essay']);
    const imported = ImportResultSchema.parse((await organizer.post(url('questions/import'), { items: asImport(p), source: 'moodle.xml' })).json());
    expect(imported.questionIds).toHaveLength(2);
  });

  it('reads Aiken and flags an answer letter out of range', async () => {
    const aiken = 'Cơ quan nào ban hành Hiến pháp xyzaiken?\nA. Quốc hội\nB. Chính phủ\nC. Chủ tịch nước\nANSWER: A\n\nCâu có đáp án ngoài phạm vi xyzaiken?\nA. Một\nB. Hai\nC. Ba\nD. Bốn\nANSWER: E\n';
    const p = await previewOk(organizer, aiken, 'aiken.txt', 'text/plain');
    expect(p.format).toBe('aiken');
    expect(p.items).toHaveLength(2);
    expect(p.items[0]!.errors).toEqual([]);
    expect(p.items[1]!.line).toBe(7);
    expect(p.items[1]!.errors.map((e) => e.message).join(' ')).toMatch(/E/);
  });

  it('refuses a file over 4 MiB with 413 and an unknown file with 415, writing nothing', async () => {
    const before = questionCount();
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 0x41);
    const res = await preview(organizer, big, 'lon.csv', 'text/csv');
    expect(res.statusCode).toBe(413);
    expect(ErrorBodySchema.parse(res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
    const unsupported = await preview(organizer, png, 'anh.png', 'image/png');
    expect(unsupported.statusCode).toBe(415);
    expect(ErrorBodySchema.parse(unsupported.json()).error.code).toBe('UNSUPPORTED_FILE');
    expect((await preview(organizer, 'x', 'bao-cao.docx')).statusCode).toBe(415);
    expect((await preview(organizer, Buffer.alloc(0), 'rong.csv', 'text/csv')).statusCode).toBe(415);
    expect(questionCount()).toBe(before);
  });

  it('checks the role before reading the upload: a reviewer may not import', async () => {
    const reviewer = await signInStaff(t.app, { organizationId: org, role: 'reviewer' });
    expect((await preview(reviewer, 'Câu?\nA. x\nB. y\nANSWER: A\n', 'a.txt', 'text/plain')).statusCode).toBe(403);
    expect((await reviewer.post(url('questions/import'), { items: [] })).statusCode).toBe(403);
  });

  // The parsers' fixtures (tests/fixtures/questions/README.md), each through the API as an organizer uploads it.
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/questions/${name}`, import.meta.url));
  it.each([
    { file: 'good.xlsx', format: 'xlsx', lines: [3, 4, 6], withErrors: [], skipped: [], fileError: null },
    { file: 'wrong-header.xlsx', format: 'xlsx', lines: [], withErrors: [], skipped: [], fileError: /Đáp án/ },
    { file: 'empty-answer.xlsx', format: 'xlsx', lines: null, withErrors: [3], skipped: [], fileError: null },
    { file: 'answer-out-of-range.xlsx', format: 'xlsx', lines: null, withErrors: [3], skipped: [], fileError: null },
    { file: 'corrupt.xlsx', format: 'xlsx', lines: [], withErrors: [], skipped: [], fileError: /./ },
    { file: 'questions.csv', format: 'csv', lines: null, withErrors: [], skipped: [], fileError: null },
    { file: 'semicolon-bom.csv', format: 'csv', lines: null, withErrors: [5], skipped: [], fileError: null },
    { file: 'windows-1258.csv', format: 'csv', lines: [], withErrors: [], skipped: [], fileError: /UTF-8/ },
    { file: 'questions.gift', format: 'gift', lines: null, withErrors: [54, 58, 60], skipped: [40, 42, 47, 49, 51], fileError: null },
    { file: 'syntax-error.gift', format: 'gift', lines: null, withErrors: [4], skipped: [], fileError: null },
    { file: 'questions.xml', format: 'moodle-xml', lines: [11, 41, 64, 98], withErrors: [], skipped: [83, 114], fileError: null },
    { file: 'aiken-vi.txt', format: 'aiken', lines: null, withErrors: [22, 26], skipped: [], fileError: null },
  ])('previews the fixture $file as the parsers document it', async ({ file, format, lines, withErrors, skipped, fileError }) => {
    const p = await previewOk(organizer, fixture(file), file);
    expect(p.format).toBe(format);
    if (lines) expect(p.items.map((i) => i.line)).toEqual(lines);
    expect(p.items.filter((i) => i.errors.length > 0).map((i) => i.line)).toEqual(withErrors);
    expect(p.skipped.map((x) => x.line)).toEqual(skipped);
    if (fileError) expect(p.fileErrors.map((e) => e.message).join(' ')).toMatch(fileError);
    else expect(p.fileErrors).toEqual([]);
    if (p.items.length === 0) return;
    // The good items import as they are; any item with an error blocks the whole file.
    const before = questionCount();
    const res = await organizer.post(url('questions/import'), { items: asImport(p), createFields: p.unknownFields, defaultFieldId: 1, source: file });
    if (withErrors.length > 0) {
      expect(res.statusCode).toBe(400);
      expect(questionCount()).toBe(before);
    } else {
      expect(res.statusCode, res.body).toBe(201);
      expect(questionCount()).toBe(before + p.items.length);
    }
  });
});

describe('duplicates on import', () => {
  it('flags an item that repeats a bank question and one that repeats an earlier item of the file', async () => {
    const field = (await organizer.get(url('legal-fields'))).json().fields[0].id as number;
    const existing = QuestionSavedSchema.parse(
      (await organizer.post(url('questions'), { text: 'Hòa giải viên ở cơ sở do ai bầu ra xyzdupimp?', options: [{ text: 'Nhân dân', correct: true }, { text: 'UBND xã', correct: false }], fieldIds: [field], difficulty: 1 })).json(),
    );
    const aiken = ['Hoà giải viên ở cơ sở do ai bầu ra xyzdupimp ?', 'A. Nhân dân', 'B. UBND xã', 'ANSWER: A', '', 'Tổ hòa giải có tổ trưởng không xyzdupimp?', 'A. Có', 'B. Không', 'ANSWER: A', '', 'Tổ hòa giải có tổ trưởng không xyzdupimp?', 'A. Có', 'B. Không', 'ANSWER: A', ''].join('\n');
    const p = await previewOk(organizer, aiken, 'trung.txt', 'text/plain');
    expect(p.items.map((i) => i.duplicateOf && { q: i.duplicateOf.questionId, i: i.duplicateOf.itemIndex })).toEqual([{ q: existing.id, i: null }, null, { q: null, i: 1 }]);
    expect(p.counts.duplicates).toBe(2);
    const r = ImportResultSchema.parse((await organizer.post(url('questions/import'), { items: asImport(p), defaultFieldId: field })).json());
    expect(r.duplicates).toBe(2);
    const imported = QuestionDetailSchema.parse((await organizer.get(url(`questions/${r.questionIds[0]}`))).json());
    expect(imported.duplicates.map((d) => d.questionId)).toContain(existing.id);
    // The list shows the flags fixed at import: item 1 → the bank question, item 3 → item 2.
    const list = (await organizer.get(url(`questions?ids=${r.questionIds.join(',')}`))).json() as { items: { id: number; likelyDuplicateOf: number | null }[] };
    const flag = new Map(list.items.map((i) => [i.id, i.likelyDuplicateOf]));
    expect(r.questionIds.map((id) => flag.get(id))).toEqual([existing.id, null, r.questionIds[1]]);
  });
});

describe('export', () => {
  const comparable = (q: QuestionDetail) => ({
    title: q.current.title,
    text: q.current.text,
    options: q.current.options.map((o) => [o.text, o.correct]),
    explanation: q.current.explanation,
    citation: [q.current.citationDocument, q.current.citationArticle],
    fields: q.current.fields.map((f) => f.name),
    difficulty: q.current.difficulty,
  });

  it.each(['xlsx', 'gift'] as const)('gives back the same questions when its %s file is imported into another organization', async (format) => {
    const source = createOrganization(t.app, `stp-xuat-${format}`);
    const target = createOrganization(t.app, `stp-nhap-${format}`);
    const a = await signInStaff(t.app, { organizationId: source, role: 'admin' });
    const b = await signInStaff(t.app, { organizationId: target, role: 'admin' });
    const fields = (await a.get(url('legal-fields', source))).json().fields as { id: number; name: string }[];
    const own = (await a.post(url('legal-fields', source), { name: 'Xử lý vi phạm hành chính' })).json() as { id: number };
    const bodies = [
      { title: 'Tuổi bầu cử', text: 'Công dân đủ **bao nhiêu** tuổi có quyền bầu cử?\n\n- theo Hiến pháp', options: [{ text: '18', correct: true }, { text: '21', correct: false }, { text: 'Câu có dấu {ngoặc} = và ~ # :', correct: false }], explanation: 'Điều 27 Hiến pháp 2013.', citationDocument: 'Hiến pháp 2013', citationArticle: 'Điều 27', fieldIds: [fields[0]!.id, own.id], difficulty: 2 },
      { title: null, text: 'Chọn các hành vi bị nghiêm cấm trong hôn nhân', options: [{ text: 'Tảo hôn', correct: true }, { text: 'Cưỡng ép kết hôn', correct: true }, { text: 'Đăng ký kết hôn', correct: false }, { text: 'Ly hôn thuận tình', correct: false }], explanation: '', citationDocument: 'Luật Hôn nhân và gia đình 2014', citationArticle: 'Khoản 2 Điều 5', fieldIds: [fields[5]!.id], difficulty: 3 },
      { title: null, text: 'Đất đai thuộc sở hữu toàn dân', options: [{ text: 'Đúng', correct: true }, { text: 'Sai', correct: false }], explanation: 'Điều 53.', citationDocument: '', citationArticle: '', fieldIds: [fields[7]!.id], difficulty: 1 },
    ];
    const originals: QuestionDetail[] = [];
    for (const body of bodies) originals.push(QuestionSavedSchema.parse((await a.post(url('questions', source), body)).json()));

    const res = await a.get(url(`questions/export?format=${format}`, source));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(format === 'xlsx' ? 'spreadsheetml' : 'text/plain');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="ngan-hang-cau-hoi-2026-11-23\\.${format === 'xlsx' ? 'xlsx' : 'gift\\.txt'}"`));

    const p = await previewOk(b, res.rawPayload, format === 'xlsx' ? 'xuat.xlsx' : 'xuat.gift', undefined, target);
    expect(p.items.map((i) => i.errors)).toEqual([[], [], []]);
    expect(p.unknownFields).toEqual(['Xử lý vi phạm hành chính']);
    const r = ImportResultSchema.parse((await b.post(url('questions/import', target), { items: asImport(p), createFields: p.unknownFields })).json());
    const copies: QuestionDetail[] = [];
    for (const id of r.questionIds) copies.push(QuestionDetailSchema.parse((await b.get(url(`questions/${id}`, target))).json()));
    expect(copies.map(comparable)).toEqual(originals.map(comparable));
  });

  it('exports only what the filters select, and serves the template', async () => {
    const res = await organizer.get(url('questions/export?format=xlsx&q=xyzxl&status=draft'));
    const p = await previewOk(organizer, res.rawPayload, 'loc.xlsx');
    expect(p.items.map((i) => i.text).every((x) => x.includes('xyzxl'))).toBe(true);
    expect(p.items).toHaveLength(3);
    const bad = await organizer.get(url('questions/export?format=pdf'));
    expect(bad.statusCode).toBe(400);

    const tpl = await organizer.get(url('questions/import/template.xlsx'));
    expect(tpl.statusCode).toBe(200);
    expect(tpl.headers['content-disposition']).toContain('mau-nhap-cau-hoi.xlsx');
    const fromTemplate = await previewOk(organizer, tpl.rawPayload, 'mau.xlsx');
    expect(fromTemplate.items).toHaveLength(1);
    expect(fromTemplate.items[0]!.errors).toEqual([]);
  });
});
