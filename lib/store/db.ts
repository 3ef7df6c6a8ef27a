import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { SiteName, SiteRecord } from '../messaging/protocol';

export interface AfterviewDb extends DBSchema {
  sites: { key: SiteName; value: SiteRecord };
}

export type Db = IDBPDatabase<AfterviewDb>;
type UpgradeTx = IDBPTransaction<AfterviewDb, StoreNames<AfterviewDb>[], 'versionchange'>;

export const DB_NAME = 'afterview';

/**
 * The schema as a list of steps: step i upgrades version i to version i + 1. A step is
 * never edited once released; a change is a new step at the end, so every old database
 * walks the same path to the current shape.
 */
export const migrations: ReadonlyArray<(db: Db, tx: UpgradeTx) => void> = [
  (db) => {
    db.createObjectStore('sites', { keyPath: 'site' });
  },
];

export const DB_VERSION = migrations.length;

export function openAfterviewDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openDB<AfterviewDb>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) {
        migrations[step]!(db, tx);
      }
    },
  });
}

// The service worker may be stopped at any moment, and the browser may close the
// connection under us; this cache only saves reopening within one wake-up.
let connection: Promise<Db> | null = null;

/** The shared connection for this context, reopened after the browser closes it. */
export function getDb(): Promise<Db> {
  if (!connection) {
    const opening = openAfterviewDb();
    connection = opening;
    opening.then(
      (db) => {
        const forget = () => {
          if (connection === opening) connection = null;
        };
        db.addEventListener('close', forget);
        db.addEventListener('versionchange', () => {
          db.close();
          forget();
        });
      },
      () => {
        if (connection === opening) connection = null;
      },
    );
  }
  return connection;
}
