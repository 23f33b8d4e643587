/**
 * An illustrative unit list: one city and some of its wards and communes after the 2025 reorganisation
 * (no district level). Real contests import their own list; this only makes the demo usable.
 */
export const seedUnits = {
  root: { code: 'CT', name: 'Thành phố Cần Thơ', kind: 'province' },
  children: [
    { code: 'CT-NINHKIEU', name: 'Phường Ninh Kiều', kind: 'ward' },
    { code: 'CT-CAIKHE', name: 'Phường Cái Khế', kind: 'ward' },
    { code: 'CT-TANAN', name: 'Phường Tân An', kind: 'ward' },
    { code: 'CT-ANBINH', name: 'Phường An Bình', kind: 'ward' },
    { code: 'CT-BINHTHUY', name: 'Phường Bình Thủy', kind: 'ward' },
    { code: 'CT-CAIRANG', name: 'Phường Cái Răng', kind: 'ward' },
    { code: 'CT-OMON', name: 'Phường Ô Môn', kind: 'ward' },
    { code: 'CT-THOTNOT', name: 'Phường Thốt Nốt', kind: 'ward' },
    { code: 'CT-PHONGDIEN', name: 'Xã Phong Điền', kind: 'commune' },
    { code: 'CT-CODO', name: 'Xã Cờ Đỏ', kind: 'commune' },
    { code: 'CT-THOILAI', name: 'Xã Thới Lai', kind: 'commune' },
    { code: 'CT-VINHTHANH', name: 'Xã Vĩnh Thạnh', kind: 'commune' },
    { code: 'CT-LONGPHU', name: 'Xã Long Phú', kind: 'commune' },
    { code: 'CT-KESACH', name: 'Xã Kế Sách', kind: 'commune' },
    { code: 'CT-SOCTRANG', name: 'Phường Sóc Trăng', kind: 'ward' },
    { code: 'CT-SOTUPHAP', name: 'Sở Tư pháp thành phố Cần Thơ', kind: 'agency' },
  ],
} as const;
