import { ForbiddenError, type Handlers } from '../messaging/router';
import type { Db } from '../store/db';
import { listSites, recordSiteSeen } from '../store/sites';

export interface BackgroundDeps {
  db: () => Promise<Db>;
  now: () => Date;
  version: string;
}

/** Every method of the protocol, implemented over the store. */
export function createHandlers({ db, now, version }: BackgroundDeps): Handlers {
  return {
    ping: async () => ({ pong: true, version }),
    siteSeen: async ({ site }, { site: senderSite }) => {
      // A content script may only speak for the site whose page it runs in.
      if (site !== senderSite) throw new ForbiddenError(`A ${senderSite} page cannot report ${site}`);
      return recordSiteSeen(await db(), site, now());
    },
    siteStatus: async () => listSites(await db()),
  };
}
