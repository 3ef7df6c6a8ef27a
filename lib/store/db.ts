import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type {
  StoredInterview,
  StoredOpportunity,
  StoredPerson,
  StoredTask,
  StoredTaskState,
  StoredTouch,
  Thread,
  UserSettings,
  Proposal,
} from '../model';
import type { SiteName, SiteRecord } from '../model/inputs';
import { common } from '../ui/strings/common';

export interface AfterviewDb extends DBSchema {
  sites: { key: SiteName; value: SiteRecord };
  opportunities: {
    key: string;
    value: StoredOpportunity;
    indexes: { 'by-status': string; 'by-applied': string };
  };
  people: {
    key: string;
    value: StoredPerson;
    indexes: { 'by-opportunity': string; 'by-email': string; 'by-linkedin': string };
  };
  interviews: { key: string; value: StoredInterview; indexes: { 'by-opportunity': string } };
  touches: {
    key: string;
    value: StoredTouch;
    indexes: { 'by-opportunity': string; 'by-gmail-message': string };
  };
  taskStates: { key: [string, string]; value: StoredTaskState; indexes: { 'by-opportunity': string } };
  tasks: {
    key: [string, string];
    value: StoredTask;
    indexes: { 'by-opportunity': string; 'by-open-due': [number, number]; 'by-open-late': [number, number] };
  };
  threads: { key: string; value: Thread; indexes: { 'by-opportunity': string } };
  proposals: { key: string; value: Proposal; indexes: { 'by-opportunity': string } };
  settings: { key: 'user'; value: UserSettings };
  /** Small facts the background needs between wake-ups (it keeps none in memory). */
  meta: { key: string; value: unknown };
}

export type Db = IDBPDatabase<AfterviewDb>;
export type StoreName = StoreNames<AfterviewDb>;
type UpgradeTx = IDBPTransaction<AfterviewDb, StoreName[], 'versionchange'>;

export const DB_NAME = 'afterview';

/**
 * The schema as a list of steps: step i upgrades version i to version i + 1. A step is
 * never edited once released; a change is a new step at the end, so every old database
 * walks the same path to the current shape.
 */
export const migrations: ReadonlyArray<(db: Db, tx: UpgradeTx) => void> = [
  // v1: where Afterview has run.
  (db) => {
    db.createObjectStore('sites', { keyPath: 'site' });
  },
  // v2: the follow-up records, their derived tasks, and settings.
  (db) => {
    const opportunities = db.createObjectStore('opportunities', { keyPath: 'id' });
    opportunities.createIndex('by-status', 'status');
    opportunities.createIndex('by-applied', 'appliedAt');

    const people = db.createObjectStore('people', { keyPath: 'id' });
    people.createIndex('by-opportunity', 'opportunityId');
    people.createIndex('by-email', 'email');
    people.createIndex('by-linkedin', 'linkedinUrl');

    db.createObjectStore('interviews', { keyPath: 'id' }).createIndex('by-opportunity', 'opportunityId');

    const touches = db.createObjectStore('touches', { keyPath: 'id' });
    touches.createIndex('by-opportunity', 'opportunityId');
    touches.createIndex('by-gmail-message', 'gmailMessageId');

    db.createObjectStore('taskStates', { keyPath: ['opportunityId', 'id'] }).createIndex(
      'by-opportunity',
      'opportunityId',
    );

    const tasks = db.createObjectStore('tasks', { keyPath: ['opportunityId', 'id'] });
    tasks.createIndex('by-opportunity', 'opportunityId');
    tasks.createIndex('by-open-due', ['open', 'dueAt']);
    tasks.createIndex('by-open-late', ['open', 'lateAt']);

    db.createObjectStore('threads', { keyPath: 'threadId' }).createIndex('by-opportunity', 'opportunityId');
    db.createObjectStore('settings');
    db.createObjectStore('meta');
  },
  // 2 → 3: what Afterview noticed in the mail and proposes (lists' replies, sent messages).
  (db) => {
    db.createObjectStore('proposals', { keyPath: 'id' }).createIndex('by-opportunity', 'opportunityId');
  },
];

export const DB_VERSION = migrations.length;

/** The stores that hold the user's records (everything a backup carries, and the tasks). */
export const recordStores = [
  'opportunities',
  'people',
  'interviews',
  'touches',
  'taskStates',
  'tasks',
  'threads',
  'proposals',
  'settings',
] as const satisfies readonly StoreName[];

/**
 * The database was written by a newer Afterview (its version is above ours, e.g. after a
 * downgrade). Opening it for use is refused before anything is read or written; it can
 * still be read as it is, for an export (`openAsItIs`).
 */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
  /** The database that was refused. */
  readonly database: string;
  constructor({ database, cause }: { database: string; cause?: unknown }) {
    super(common.newerDatabase, { cause });
    this.database = database;
  }
}

export async function openAfterviewDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  try {
    return await openDB<AfterviewDb>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let step = oldVersion; step < (newVersion ?? version); step++) {
          migrations[step]!(db, tx);
        }
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError')
      throw new NewerDatabaseError({ database: name, cause: error });
    throw error;
  }
}

/**
 * An existing database opened at whatever version it has: no upgrade, so a newer
 * Afterview's database can be read (never written) for an export. Opening a database that
 * does not exist would create it; that creation is aborted, so this never writes.
 */
export function openAsItIs(name: string): Promise<Db> {
  return openDB<AfterviewDb>(name, undefined, {
    upgrade(_db, _oldVersion, _newVersion, tx) {
      tx.done.catch(() => {}); // The open is refused with the abort's error.
      tx.abort();
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
    const forget = () => {
      if (connection === opening) connection = null;
    };
    opening.then((db) => {
      db.addEventListener('close', forget);
      db.addEventListener('versionchange', () => {
        db.close();
        forget();
      });
    }, forget);
  }
  return connection;
}
