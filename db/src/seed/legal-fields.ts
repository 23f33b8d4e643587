/** Demo legal fields (lĩnh vực pháp luật). Codes are stable slugs; names are what residents see. */
export const seedLegalFields = [
  { code: 'hien-phap', name: 'Hiến pháp' },
  { code: 'pbgdpl', name: 'Phổ biến, giáo dục pháp luật' },
  { code: 'hoa-giai', name: 'Hòa giải ở cơ sở' },
  { code: 'can-cuoc', name: 'Căn cước' },
  { code: 'giao-thong', name: 'Giao thông đường bộ' },
  { code: 'hon-nhan-gia-dinh', name: 'Hôn nhân và gia đình' },
  { code: 'dan-su', name: 'Dân sự' },
  { code: 'dat-dai', name: 'Đất đai' },
  { code: 'bao-luc-gia-dinh', name: 'Phòng, chống bạo lực gia đình' },
  { code: 'nguoi-tieu-dung', name: 'Bảo vệ quyền lợi người tiêu dùng' },
] as const;

export type SeedLegalFieldCode = (typeof seedLegalFields)[number]['code'];
