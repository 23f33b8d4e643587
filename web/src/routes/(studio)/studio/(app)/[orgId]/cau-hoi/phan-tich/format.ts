/** Vietnamese figures for the item analysis page: "60%", "0,43", "−0,36", "–" for none. */
export const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
export const dec = (v: number | null) => (v === null ? '–' : v.toFixed(2).replace('.', ',').replace('-', '−'));
