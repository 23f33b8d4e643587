import { fileSink } from './sink.js';
import { cellText, formatVnDateTime, formatVnLongDate, type Report, type RowTick } from '../report.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every piece of text goes through this: names and unit titles come from residents and organizers. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

// Official Vietnamese report layout (Nghị định 30/2020/NĐ-CP): issuing body top left, the national
// motto top right, place and date, the title in capitals, Times New Roman 13 pt on A4.
const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: 'Times New Roman', Times, serif; font-size: 13pt; line-height: 1.35; color: #000; margin: 0 auto; max-width: 210mm; padding: 12mm; }
.head { display: grid; grid-template-columns: 1fr 1.3fr; gap: 8mm; text-align: center; }
.head p { margin: 0; }
.org { text-transform: uppercase; font-weight: bold; }
.motto { font-weight: bold; }
.motto-sub { font-weight: bold; text-decoration: underline; text-underline-offset: 3px; }
.date { font-style: italic; text-align: right; margin: 4mm 0 8mm; }
h1 { text-align: center; font-size: 14pt; margin: 0; text-transform: uppercase; }
.subtitle { text-align: center; font-weight: bold; margin: 1mm 0 6mm; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; page-break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; }
th { background: #e7ecf3; text-align: center; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.note { font-style: italic; font-size: 11pt; margin: 2mm 0 0; }
.sign { display: grid; grid-template-columns: 1fr 1fr; margin-top: 12mm; text-align: center; page-break-inside: avoid; }
.sign p { margin: 0; }
.sign .role { font-weight: bold; text-transform: uppercase; }
.sign .hint { font-style: italic; }
.generated { margin-top: 10mm; font-size: 10pt; color: #444; }
@media print { body { padding: 0; max-width: none; } th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

/**
 * A printable report (báo cáo) that fits A4: the organization and the national motto at the head, the
 * date, the title, one table per section with its header repeated on each printed page, and the
 * signature block. Streams row by row like the other writers.
 */
export async function writeHtml(report: Report, path: string, tick: RowTick): Promise<void> {
  const out = fileSink(path);
  try {
    const e = escapeHtml;
    await out.write(
      `<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${e(report.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
        `<header class="head">\n<div><p class="org">${e(report.organization)}</p></div>\n` +
        `<div><p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto-sub">Độc lập - Tự do - Hạnh phúc</p></div>\n</header>\n` +
        `<p class="date">${e(formatVnLongDate(report.generatedAt))}</p>\n` +
        `<h1>${e(report.title)}</h1>\n${report.subtitle ? `<p class="subtitle">${e(report.subtitle)}</p>\n` : ''}`,
    );
    for (const section of report.sections) {
      const numeric = section.columns.map((c) => c.type !== 'text');
      const types = section.columns.map((c) => c.type);
      await out.write(`<section>\n<h2>${e(section.title)}</h2>\n<table>\n<thead><tr>${section.columns.map((c) => `<th>${e(c.header)}</th>`).join('')}</tr></thead>\n<tbody>\n`);
      for (const row of section.rows) {
        await out.write(`<tr>${row.map((v, i) => `<td${numeric[i] ? ' class="n"' : ''}>${e(cellText(v, types[i]!, 'vi'))}</td>`).join('')}</tr>\n`);
        await tick();
      }
      await out.write(`</tbody>\n</table>\n${section.note ? `<p class="note">${e(section.note)}</p>\n` : ''}</section>\n`);
    }
    await out.write(
      `<div class="sign"><div></div><div><p class="role">Người lập biểu</p><p class="hint">(Ký, ghi rõ họ tên)</p></div></div>\n` +
        `<p class="generated">Xuất từ hệ thống thi tìm hiểu pháp luật trực tuyến lúc ${e(formatVnDateTime(report.generatedAt))}.</p>\n</body>\n</html>\n`,
    );
  } finally {
    await out.close();
  }
}
