/**
 * A Content-Disposition value for a download: an ASCII fallback name for old clients, and the real
 * (possibly Vietnamese) name in RFC 5987 form for everyone else.
 */
export const attachment = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
