/** "07:05": minutes and seconds left, never negative. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** "12 phút 5 giây" / "12 min 5 s". */
export function duration(ms: number, locale: string): string {
  const s = Math.round(ms / 1000);
  const min = Math.floor(s / 60);
  const sec = s % 60;
  return locale === 'vi' ? `${min} phút ${sec} giây` : `${min} min ${sec} s`;
}
