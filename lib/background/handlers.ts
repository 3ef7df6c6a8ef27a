import { ForbiddenError, type Handlers } from '../messaging/router';
import type { Db } from '../store/db';
import { listOpportunities, openSameJob, readRecords, threadsOf } from '../store/reads';
import { exportBackupOf, importBackup, wipe } from '../store/backup';
import { exportOpportunitiesCsv } from '../store/csv';
import { exportTasksIcs } from '../store/ics';
import { opportunitySummaries, popupData } from '../store/queries';
import { getSettings } from '../store/records';
import { isStorageFull, reportStorageFull } from './storage';
import { draftFollowUp, threadStatuses } from './gmail';
import { classifyRows, understandThreadHandler } from './understand';
import { draftForProfile, profileStatus } from './linkedin';
import { draftTask } from './drafts';
import { readOpportunity } from './opportunity-view';
import { loadSampleData, removeSampleData } from '../store/demo';
import { markSent } from '../store/sent';
import { setPersonEmail } from '../store/person-email';
import { addProfilePerson, trackJob } from '../store/linkedin';
import { confirmOutcome, recordThreadMessages, trackThread } from '../store/gmail';
import { listProposals, noticeReply, resolveProposal } from '../store/replies';
import { datesOfMessage, readNoticed } from './replies';
import { listSites, recordSiteSeen } from '../store/sites';
import {
  addTouch,
  deleteOpportunity,
  linkThread,
  NotFoundError,
  saveInterview,
  saveOpportunity,
  savePerson,
  saveSettings,
  saveTemplate,
  setTaskState,
} from '../store/writes';

export interface BackgroundDeps {
  db: () => Promise<Db>;
  now: () => Date;
  version: string;
  /** After every write: refresh the badge and re-arm the alarm. */
  afterWrite: () => Promise<void>;
}

/** Every method of the protocol, implemented over the store. */
export function createHandlers({ db, now, version, afterWrite }: BackgroundDeps): Handlers {
  /** Every write goes through here: a full disk is reported to the user, whatever wrote. */
  const stored = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      if (isStorageFull(error)) await reportStorageFull();
      throw error;
    }
  };
  /** Run a write, then bring badge and alarm up to date before answering. */
  const write =
    <P, R>(work: (db: Db, params: P, now: Date) => Promise<R>) =>
    (params: P): Promise<R> =>
      stored(async () => {
        const result = await work(await db(), params, now());
        await afterWrite();
        return result;
      });

  return {
    ping: async () => ({ pong: true, version }),
    siteSeen: async ({ site, layout, missing }, { site: senderSite, origin }) => {
      // A content script may only speak for the site whose page it runs in.
      if (site !== senderSite) throw new ForbiddenError(`A ${senderSite} page cannot report ${site}`);
      return stored(async () =>
        recordSiteSeen(await db(), site, now(), { layout, missing, origin: origin ?? null }),
      );
    },
    siteStatus: async () => listSites(await db()),

    saveOpportunity: write(saveOpportunity),
    deleteOpportunity: write(async (d, { id }, n) => {
      await deleteOpportunity(d, id, n);
      return null;
    }),
    savePerson: write(savePerson),
    saveInterview: write(saveInterview),
    addTouch: write(addTouch),
    linkThread: write(linkThread),
    setTaskState: write(setTaskState),
    saveSettings: write(saveSettings),
    saveTemplate: ({ id, subject, body }) =>
      stored(async () => saveTemplate(await db(), id, { subject, body })),
    resetTemplate: ({ id }) => stored(async () => saveTemplate(await db(), id, null)),

    understandThread: async (params) => understandThreadHandler(params),
    classifyRows: async ({ rows }) => classifyRows(rows),
    trackThread: write(trackThread),
    recordThreadMessages: write((d, { threadId, messages }, n) =>
      recordThreadMessages(d, threadId, messages, n, datesOfMessage),
    ),
    confirmOutcome: write(confirmOutcome),
    noticeReply: write((d, params, n) => noticeReply(d, { ...params, reading: readNoticed(params) }, n)),
    proposals: async () => listProposals(await db()),
    sameJob: async (job) => {
      const same = await openSameJob(readRecords(await db()), job);
      return same ? { id: same.id, company: same.company, role: same.role, status: same.status } : null;
    },
    resolveProposal: write(resolveProposal),
    threadStatuses: async ({ threadIds, locale }) => threadStatuses(await db(), threadIds, locale, now()),
    draftFollowUp: async (params) => draftFollowUp(await db(), params, now()),

    opportunityChoices: async () =>
      (await listOpportunities(await db()))
        .filter((o) => o.status !== 'closed')
        .map(({ id, company, role, status }) => ({ id, company, role, status })),
    addProfilePerson: write(addProfilePerson),
    trackJob: write(trackJob),
    profileStatus: async ({ profileUrl, locale }) => profileStatus(await db(), profileUrl, locale, now()),
    draftForProfile: async (params) => draftForProfile(await db(), params, now()),

    draftTask: async (params) => draftTask(await db(), params, now()),
    markSent: write(markSent),
    setPersonEmail: write(setPersonEmail),
    loadSampleData: write((d, _params: Record<string, never>, n) => loadSampleData(d, n)),
    removeSampleData: write((d, _params: Record<string, never>, n) => removeSampleData(d, n)),

    listOpportunities: async () => listOpportunities(await db()),
    opportunitySummaries: async () => opportunitySummaries(await db()),
    getOpportunity: async ({ id }) => {
      const tx = readRecords(await db());
      const view = await readOpportunity(tx, id);
      if (!view) throw new NotFoundError(`No opportunity with id "${id}"`);
      const threads = await threadsOf(tx, id);
      return { ...view.records, tasks: view.tasks, threads };
    },
    popupData: async () => popupData(await db(), now().getTime()),
    getSettings: async () => getSettings(await db()),

    // Still answers for a database a newer Afterview wrote, so the user can keep a copy.
    exportBackup: async () => exportBackupOf(db, now()),
    importBackup: write((d, { file, mode }: { file: string; mode: 'replace' | 'merge' }, n) =>
      importBackup(d, file, mode, n),
    ),
    exportCsv: async () => exportOpportunitiesCsv(await db(), now()),
    exportIcs: async () => exportTasksIcs(await db(), now()),
    wipe: write(async (d) => {
      await wipe(d);
      return null;
    }),
  };
}
