import type { SiteName, SiteRecord } from '../model/inputs';
import type { Db } from './db';

/** Remember that Afterview ran on a site: the popup uses it to show where it is connected. */
export async function recordSiteSeen(
  db: Db,
  site: SiteName,
  now: Date,
  layout: Pick<SiteRecord, 'layout' | 'missing'> & { origin?: string | null } = {
    layout: 'recognised',
    missing: null,
  },
): Promise<SiteRecord> {
  const tx = db.transaction('sites', 'readwrite');
  const at = now.toISOString();
  const previous = await tx.store.get(site);
  const record: SiteRecord = {
    site,
    firstSeen: previous?.firstSeen ?? at,
    lastSeen: at,
    visits: (previous?.visits ?? 0) + 1,
    layout: layout.layout,
    missing: layout.layout === 'recognised' ? null : layout.missing,
    origin: layout.origin ?? previous?.origin ?? null,
  };
  await tx.store.put(record);
  await tx.done;
  return record;
}

export function listSites(db: Db): Promise<SiteRecord[]> {
  return db.getAll('sites');
}
