import type { DraftResult } from '../messaging/gmail';
import type { ProfileStatus } from '../messaging/linkedin';
import { taskTitle } from '../playbook/labels';
import { promisedDates } from '../playbook/promised';
import { statusLine } from '../playbook/status';
import { type Db, recordStores } from '../store/db';
import { loadRecords, readSettings } from '../store/replan';
import { compose } from '../templates/compose';

/** Every opportunity this profile's person is on, with what is next there. */
export async function profileStatus(
  db: Db,
  profileUrl: string,
  locale: string,
  now: Date,
): Promise<ProfileStatus[]> {
  const tx = db.transaction([...recordStores]);
  const settings = await readSettings(tx);
  const statuses: ProfileStatus[] = [];
  for (const person of await tx.objectStore('people').index('by-linkedin').getAll(profileUrl)) {
    const records = await loadRecords(tx, person.opportunityId);
    if (!records) continue;
    const tasks = await tx.objectStore('tasks').index('by-opportunity').getAll(person.opportunityId);
    const line = statusLine({
      opportunity: records.opportunity,
      tasks,
      decisionBy: promisedDates(records).decisionBy,
      now,
      timeZone: settings.timeZone,
      locale,
    });
    const { company, role, status } = records.opportunity;
    statuses.push({
      opportunityId: person.opportunityId,
      company,
      role,
      status,
      personRole: person.role,
      ...line,
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
  const tx = db.transaction([...recordStores]);
  const settings = await readSettings(tx);
  const people = await tx.objectStore('people').index('by-linkedin').getAll(params.profileUrl);
  if (people.length === 0) return { draft: null, reason: 'Add this person to a follow-up first.' };
  for (const person of people) {
    const records = await loadRecords(tx, person.opportunityId);
    if (!records) continue;
    const tasks = await tx.objectStore('tasks').index('by-opportunity').getAll(person.opportunityId);
    const open = tasks
      .filter((t) => t.person === person.id && (t.state === 'pending' || t.state === 'snoozed'))
      .filter((t) => (params.note ? t.kind === 'linkedin_connect' : t.kind !== 'linkedin_connect'))
      .sort((a, b) => a.dueAt - b.dueAt);
    for (const task of open) {
      const composed = compose({
        task,
        records,
        tasks,
        now,
        sender: { name: settings.name, signature: settings.signature, phone: settings.phone },
        locale: params.locale,
        timeZone: settings.timeZone,
        tone: settings.tone,
        channel: params.note ? 'linkedin_note' : 'linkedin',
        overrides: settings.templates,
      });
      if (!composed) continue;
      return {
        draft: {
          title: taskTitle(task.kind, person.name),
          subject: null,
          text: composed.body.text,
          final: composed.final,
          flags: composed.flags.map((f) => f.message),
        },
        reason: null,
      };
    }
  }
  return {
    draft: null,
    reason: params.note
      ? 'Connecting waits until the process is over: Afterview suggests it once there is an outcome.'
      : 'Nothing is planned for this person right now.',
  };
}
