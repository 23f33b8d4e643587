import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { auditLog, units } from '@thiphapluat/db';
import { ErrorBodySchema, OrgUnitListSchema, UnitImportPreviewSchema, UnitImportResultSchema, type UnitImportRow } from '@thiphapluat/shared';
import { createTestApp, type TestApp } from './helpers/app.js';
import { createOrganization, demoOrganizationId, signInStaff, type StaffClient } from './helpers/studio.js';

const err = (res: { json(): unknown }) => ErrorBodySchema.parse(res.json()).error;

let t: TestApp;
let org: number;
let organizer: StaffClient;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  org = demoOrganizationId(t.app);
  organizer = await signInStaff(t.app, { organizationId: org, role: 'organizer' });
  base = `/api/studio/orgs/${org}/units`;
});
afterAll(() => t.close());

const upload = (client: StaffClient, body: Buffer | string, fileName: string, contentType = 'text/csv') =>
  client.request({ method: 'POST', url: `${base}/import/preview`, payload: typeof body === 'string' ? Buffer.from(body, 'utf8') : body, headers: { 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName) } });
/** A one-entry stored zip whose central directory declares `declared` uncompressed bytes. */
function zipDeclaring(name: string, data: Buffer, declared: number): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(n.length, 28);
  const dirOffset = local.length + n.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}
const unitsOf = () => t.app.ctx.db.select().from(units).where(eq(units.organizationId, org)).all();

describe('listing units', () => {
  it('lists the tree with paths and depth, and finds units without diacritics', async () => {
    const all = OrgUnitListSchema.parse((await organizer.get(base)).json());
    expect(all.total).toBe(17);
    expect(all.units[0]).toMatchObject({ name: 'Thành phố Cần Thơ', depth: 0, parentId: null });
    expect(all.units.slice(1).every((u) => u.depth === 1)).toBe(true);
    const found = OrgUnitListSchema.parse((await organizer.get(`${base}?q=${encodeURIComponent('phuong ninh kieu')}`)).json());
    expect(found.units.map((u) => u.path)).toEqual(['Phường Ninh Kiều, Thành phố Cần Thơ']);
    const byCode = OrgUnitListSchema.parse((await organizer.get(`${base}?q=ct-codo`)).json());
    expect(byCode.units.map((u) => u.name)).toEqual(['Xã Cờ Đỏ']);
    const children = OrgUnitListSchema.parse((await organizer.get(`${base}?parentId=${all.units[0]!.id}&limit=3`)).json());
    expect(children).toMatchObject({ total: 16 });
    expect(children.units).toHaveLength(3);
  });

  it("keeps units to their organization: another organization's unit is 404, a viewer cannot import", async () => {
    const other = createOrganization(t.app, 'so-tu-phap-hue');
    const foreign = t.app.ctx.db.insert(units).values({ organizationId: other, code: 'HUE', name: 'Thành phố Huế', nameFolded: 'thanh pho hue', kind: 'province', createdAt: 0 }).returning().get();
    expect((await organizer.put(`${base}/${foreign.id}`, { population: 1 })).statusCode).toBe(404);
    const list = OrgUnitListSchema.parse((await organizer.get(`${base}?q=hue`)).json());
    expect(list.units).toEqual([]);
    const viewer = await signInStaff(t.app, { organizationId: org, role: 'viewer' });
    expect((await viewer.get(base)).statusCode).toBe(200);
    expect((await upload(viewer, 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n', 'a.csv')).statusCode).toBe(403);
    expect((await viewer.post(`${base}/import`, { rows: [] })).statusCode).toBe(403);
  });

  it('edits name and population with an audit entry', async () => {
    const u = unitsOf().find((x) => x.code === 'CT-OMON')!;
    const res = await organizer.put(`${base}/${u.id}`, { name: 'Phường Ô Môn mới', population: 129_683 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Phường Ô Môn mới', population: 129_683, path: 'Phường Ô Môn mới, Thành phố Cần Thơ' });
    const found = OrgUnitListSchema.parse((await organizer.get(`${base}?q=o mon moi`)).json());
    expect(found.units).toHaveLength(1);
    const entry = t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'unit.updated'), eq(auditLog.entityId, String(u.id)))).get()!;
    expect(entry.before).toEqual({ name: 'Phường Ô Môn', population: null });
    expect(entry.after).toEqual({ name: 'Phường Ô Môn mới', population: 129_683 });
    // Nothing to change: answered with the unit, no second audit entry.
    const same = await organizer.put(`${base}/${u.id}`, {});
    expect(same.statusCode, same.body).toBe(200);
    expect((await organizer.put(`${base}/${u.id}`, { population: 129_683 })).statusCode).toBe(200);
    expect(t.app.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'unit.updated'), eq(auditLog.entityId, String(u.id)))).all()).toHaveLength(1);
    const bad = await organizer.put(`${base}/${u.id}`, { population: -5, name: '' });
    expect(err(bad).fields?.map((f) => f.path).sort()).toEqual(['name', 'population']);
  });
});

describe('importing units', () => {
  it('previews a CSV (BOM, semicolons, quotes) with every row error and what each row would do', async () => {
    const csv =
      '\uFEFFMã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên;Dân số\n' +
      'CT-NINHKIEU;Phường Ninh Kiều;Phường;CT;"150.000"\n' + // update: population
      'CT-CAIKHE;Phường Cái Khế;ward;CT;\n' + // unchanged
      'CT-MOI;"Xã Mới; ven sông";;CT;12000\n' + // create, kind guessed from the name
      'CT-MOI-A;Ấp A;Ấp;CT-MOI;\n' + // create, parent earlier in the file
      ';Không có mã;xa;CT;\n' +
      'CT-TRONG;;xa;CT;\n' +
      'CT-MOI;Xã Trùng;xa;CT;\n' +
      'CT-MOCOI;Phường Mồ Côi;phuong;KHONG-CO;\n' +
      'V1;Vòng 1;xa;V2;\n' +
      'V2;Vòng 2;xa;V1;\n' +
      'CT-DS;Xã Dân Số;xa;CT;nhiều\n' +
      ';;;;\n';
    const res = await upload(organizer, csv, 'don-vi.csv');
    expect(res.statusCode, res.body).toBe(200);
    const p = UnitImportPreviewSchema.parse(res.json());
    expect(p.format).toBe('csv');
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ code: 'CT-NINHKIEU', action: 'update', population: 150_000, kind: 'ward', errors: [] });
    expect(byRow.get(3)).toMatchObject({ action: 'unchanged', errors: [] });
    expect(byRow.get(4)).toMatchObject({ name: 'Xã Mới; ven sông', kind: 'commune', action: 'create', population: 12000, errors: [] });
    expect(byRow.get(5)).toMatchObject({ kind: 'Ấp', parentCode: 'CT-MOI', action: 'create', errors: [] });
    expect(byRow.get(6)!.errors).toEqual([{ field: 'code', message: 'Thiếu mã đơn vị.' }]);
    expect(byRow.get(7)!.errors).toEqual([{ field: 'name', message: 'Thiếu tên đơn vị.' }]);
    expect(byRow.get(8)!.errors).toEqual([{ field: 'code', message: 'Mã "CT-MOI" trùng với dòng 4.' }]);
    expect(byRow.get(9)!.errors).toEqual([{ field: 'parentCode', message: 'Không có đơn vị mã "KHONG-CO" trong tệp hay trong danh sách hiện có.' }]);
    expect(byRow.get(10)!.errors).toEqual([{ field: 'parentCode', message: 'Vòng lặp cấp trên: V1 → V2 → V1.' }]);
    expect(byRow.get(11)!.errors).toEqual([{ field: 'parentCode', message: 'Vòng lặp cấp trên: V2 → V1 → V2.' }]);
    expect(byRow.get(12)!.errors.map((e) => e.field)).toEqual(['population']);
    expect(p.rows).toHaveLength(11);
    expect(p.summary).toEqual({ total: 11, create: 2, update: 1, unchanged: 1, invalid: 7 });
    // A preview writes nothing.
    expect(unitsOf()).toHaveLength(17);
  });

  it('detects a cycle through a unit that already exists', async () => {
    // The city (CT) would become a child of one of its own wards.
    const res = await upload(organizer, 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\nCT,Thành phố Cần Thơ,Thành phố,CT-CAIKHE\n', 'vong.csv');
    const p = UnitImportPreviewSchema.parse(res.json());
    expect(p.rows[0]!.errors).toEqual([{ field: 'parentCode', message: 'Vòng lặp cấp trên: CT → CT-CAIKHE → CT.' }]);
  });

  it('reads an xlsx with the Vietnamese headers in any case and order', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow(['TÊN ĐƠN VỊ', 'mã đơn vị', 'Mã đơn vị cấp trên', 'Loại', 'Dân số']);
    ws.addRow(['Trường THPT Châu Văn Liêm', 'CT-CVL', 'CT', 'Trường học', 1800]);
    ws.addRow(['Đặc khu Côn Đảo thử', 'CT-DK', '', '', null]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(organizer, buf, 'don-vi.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.statusCode, res.body).toBe(200);
    const p = UnitImportPreviewSchema.parse(res.json());
    expect(p.format).toBe('xlsx');
    expect(p.rows).toEqual([
      { row: 2, code: 'CT-CVL', name: 'Trường THPT Châu Văn Liêm', kind: 'school', parentCode: 'CT', population: 1800, action: 'create', errors: [] },
      { row: 3, code: 'CT-DK', name: 'Đặc khu Côn Đảo thử', kind: 'special_zone', parentCode: null, population: null, action: 'create', errors: [] },
    ]);
  });

  it('refuses a file that is not UTF-8, a wrong header, an old .xls, a broken xlsx and an oversized upload', async () => {
    // "Phường" in Windows-1258-ish single bytes: not valid UTF-8.
    const latin = Buffer.concat([Buffer.from('Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\nA,Ph', 'utf8'), Buffer.from([0xf0, 0xf5, 0xe0]), Buffer.from('ng,ward,\n')]);
    const enc = await upload(organizer, latin, 'ansi.csv');
    expect(enc.statusCode).toBe(400);
    expect(err(enc).code).toBe('UNSUPPORTED_FILE');
    expect(err(enc).message).toContain('UTF-8');

    const header = await upload(organizer, 'Mã,Tên,Loại\nA,B,xa\n', 'sai.csv');
    expect(header.statusCode).toBe(400);
    expect(err(header)).toMatchObject({ code: 'IMPORT_INVALID' });
    expect(err(header).fields?.map((f) => f.path)).toEqual(['header.code', 'header.name', 'header.parentCode']);

    const xls = await upload(organizer, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cu.xls', 'application/vnd.ms-excel');
    expect(err(xls).code).toBe('UNSUPPORTED_FILE');
    const broken = await upload(organizer, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'hong.xlsx', 'application/octet-stream');
    expect(err(broken).code).toBe('UNSUPPORTED_FILE');
    const notXlsx = await upload(organizer, 'Mã đơn vị\n', 'gia.xlsx');
    expect(err(notXlsx).code).toBe('UNSUPPORTED_FILE');

    // A zip whose directory promises a gigabyte when inflated is refused before exceljs inflates anything.
    const bomb = await upload(organizer, zipDeclaring('xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>'), 1024 * 1024 * 1024), 'bom.xlsx', 'application/octet-stream');
    expect(bomb.statusCode).toBe(400);
    expect(err(bomb)).toMatchObject({ code: 'UNSUPPORTED_FILE', message: 'Tệp Excel quá lớn khi giải nén; hãy chia thành nhiều tệp nhỏ hơn.' });

    const big = await upload(organizer, Buffer.alloc(3 * 1024 * 1024, 0x41), 'lon.csv');
    expect(big.statusCode).toBe(413);
    expect(err(big).code).toBe('PAYLOAD_TOO_LARGE');
    expect(unitsOf()).toHaveLength(17);
  });

  it('imports all or nothing: one bad row refuses the lot with rows.N paths, then a clean list creates and updates', async () => {
    const rows: UnitImportRow[] = [
      { row: 2, code: 'CT-NINHKIEU', name: 'Phường Ninh Kiều', kind: 'ward', parentCode: 'CT', population: 150_000 },
      { row: 3, code: 'CT-XA-MOI', name: 'Xã Mới', kind: '', parentCode: 'CT', population: null },
      { row: 4, code: 'CT-AP-1', name: 'Ấp Một', kind: 'Ấp', parentCode: 'CT-XA-MOI', population: 900 },
      { row: 5, code: 'CT-AP-2', name: 'Ấp Hai', kind: 'Ấp', parentCode: 'KHONG-CO', population: null },
    ];
    const refused = await organizer.post(`${base}/import`, { rows });
    expect(refused.statusCode).toBe(400);
    expect(err(refused)).toMatchObject({ code: 'IMPORT_INVALID', fields: [{ path: 'rows.3.parentCode', message: expect.stringContaining('Dòng 5') }] });
    expect(unitsOf()).toHaveLength(17);
    expect(unitsOf().find((u) => u.code === 'CT-NINHKIEU')!.population).toBeNull();

    const ok = await organizer.post(`${base}/import`, { rows: rows.slice(0, 3) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(UnitImportResultSchema.parse(ok.json())).toEqual({ created: 2, updated: 1, unchanged: 0 });
    const after = unitsOf();
    const byCode = new Map(after.map((u) => [u.code, u]));
    expect(byCode.get('CT-NINHKIEU')!.population).toBe(150_000);
    expect(byCode.get('CT-XA-MOI')).toMatchObject({ kind: 'commune', parentId: byCode.get('CT')!.id, nameFolded: 'xa moi' });
    expect(byCode.get('CT-AP-1')).toMatchObject({ parentId: byCode.get('CT-XA-MOI')!.id, population: 900 });
    const list = OrgUnitListSchema.parse((await organizer.get(`${base}?q=ap mot`)).json());
    expect(list.units[0]).toMatchObject({ path: 'Ấp Một, Xã Mới, Thành phố Cần Thơ', depth: 2 });
    const audit = t.app.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'unit.imported')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ created: ['CT-XA-MOI', 'CT-AP-1'], updated: [{ code: 'CT-NINHKIEU', before: { population: null }, after: { population: 150_000 } }] });

    // Re-importing the same list changes nothing.
    const again = UnitImportResultSchema.parse((await organizer.post(`${base}/import`, { rows: rows.slice(0, 3) })).json());
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });
});

describe('a very deep unit tree', () => {
  it('lists and edits units however deep the import chained them (past 21 levels they vanished and an edit answered an empty 200)', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ code: `SAU-${i}`, name: `Cấp sâu ${i}`, kind: 'other', parentCode: i === 0 ? null : `SAU-${i - 1}`, population: null }));
    expect((await organizer.post(`${base}/import`, { rows })).statusCode).toBe(200);
    const all = OrgUnitListSchema.parse((await organizer.get(`${base}?limit=5000`)).json());
    const deep = all.units.filter((u) => u.code.startsWith('SAU-'));
    expect(deep.map((u) => u.depth)).toEqual(rows.map((_, i) => i));
    expect(all.total).toBe(unitsOf().length);
    // A path names the unit and its nearest ancestors, not all thirty.
    expect(deep.at(-1)!.path).toBe(`${Array.from({ length: 12 }, (_, i) => `Cấp sâu ${29 - i}`).join(', ')}, …`);

    const deepest = unitsOf().find((u) => u.code === 'SAU-29')!;
    const res = await organizer.put(`${base}/${deepest.id}`, { name: 'Cấp sâu nhất' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: deepest.id, name: 'Cấp sâu nhất', depth: 29 });
    expect(OrgUnitListSchema.parse((await organizer.get(`${base}?q=${encodeURIComponent('cap sau nhat')}`)).json()).units).toHaveLength(1);
  });
});
