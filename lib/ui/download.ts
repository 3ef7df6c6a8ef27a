/**
 * Save text (or an object, as pretty JSON) as a file the user downloads, from one of our own
 * pages: a Blob behind an `<a download>` click. Needs no `downloads` permission.
 */
export function downloadFile(fileName: string, content: string | object, type?: string): void {
  const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
  const mime = type ?? (typeof content === 'string' ? 'text/plain;charset=utf-8' : 'application/json');
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Firefox starts the download asynchronously: keep the URL alive a little longer.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** The MIME types of Afterview's exports. */
export const fileTypes = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
} as const;

/** "2026-11-03" in the given time zone (the user's), for file names. */
export function fileDate(now: Date, timeZone?: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
