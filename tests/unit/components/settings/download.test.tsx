// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, fileDate } from '@/lib/ui/download';

describe('downloadFile', () => {
  afterEach(() => vi.useRealTimers());

  it('clicks a hidden download link to a Blob, then lets the URL go', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:afterview/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: Array<{ href: string; download: string }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });

    downloadFile('afterview-backup-2026-11-03.json', { format: 'afterview-backup', people: [] });

    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([{ href: 'blob:afterview/1', download: 'afterview-backup-2026-11-03.json' }]);
    expect(document.querySelector('a')).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
    expect(blobs[0]!.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ format: 'afterview-backup', people: [] });
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:afterview/1');
  });

  it('keeps text as it is, with the type given', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:afterview/2';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadFile('a.csv', '\uFEFFcompany\r\nAcme\r\n', 'text/csv;charset=utf-8');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]!.text()).toBe('\uFEFFcompany\r\nAcme\r\n');
  });
});

describe('fileDate', () => {
  it('is the date in the user’s time zone', () => {
    const late = new Date('2026-11-04T03:30:00Z');
    expect(fileDate(late, 'America/Los_Angeles')).toBe('2026-11-03');
    expect(fileDate(late, 'Europe/Berlin')).toBe('2026-11-04');
  });
});
