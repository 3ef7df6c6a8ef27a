import type { DraftResult } from '../messaging/gmail';
import type { ProfileStatus } from '../messaging/linkedin';
import type { Db } from '../store/db';
import { peopleByLinkedin, readRecords } from '../store/reads';
import { readSettings } from '../store/records';
import { draftFor, openTasks, readOpportunity, statusOf } from './opportunity-view';

/** Every opportunity this profile's person is on, with what is next there. */
export async function profileStatus(
  db: Db,
  profileUrl: string,
  locale: string,
  now: Date,
): Promise<ProfileStatus[]> {
  const tx = readRecords(db);
  const settings = await readSettings(tx);
  const statuses: ProfileStatus[] = [];
  for (const person of await peopleByLinkedin(tx, profileUrl)) {
    const view = await readOpportunity(tx, person.opportunityId);
    if (!view) continue;
    const { company, role, status } = view.records.opportunity;
    statuses.push({
      opportunityId: person.opportunityId,
      company,
      role,
      status,
      personRole: person.role,
      ...statusOf(view, settings, locale, now),
    });
  }
  return statuses;
}

/**
 * The LinkedIn message for this person's next task, or the connection note when a
 * `linkedin_connect` task is open. R8: no connection while the process is active.
 */
export async function draftForProfile(
  db: Db,
  params: { profileUrl: string; note: boolean; locale: string },
  now: Date,
): Promise<{ draft: DraftResult; reason: string | null }> {
  const tx = readRecords(db);
  const settings = await readSettings(tx);
  const people = await peopleByLinkedin(tx, params.profileUrl);
  if (people.length === 0) return { draft: null, reason: 'Add this person to a follow-up first.' };
  for (const person of people) {
    const view = await readOpportunity(tx, person.opportunityId);
    if (!view) continue;
    const mine = openTasks(view).filter(
      (t) => t.person === person.id && (t.kind === 'linkedin_connect') === params.note,
    );
    for (const task of mine) {
      const draft = draftFor(
        view,
        task,
        params.note ? 'linkedin_note' : 'linkedin',
        settings,
        params.locale,
        now,
      );
      if (draft) return { draft, reason: null };
    }
  }
  return {
    draft: null,
    reason: params.note
      ? 'Connecting waits until the process is over: Afterview suggests it once there is an outcome.'
      : 'Nothing is planned for this person right now.',
  };
}
