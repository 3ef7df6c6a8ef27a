import { isOpenSameJob, openSameJob, peopleByLinkedin } from './reads';
import type { WriteTx } from './records';
import { newOpportunity } from './new-opportunity';
import { StoredPerson } from '../model';
import type { AddProfilePersonParams, TrackJobParams } from '../model/inputs';
import type { Db } from './db';
import { samePerson } from './people';
import { requireOpportunity, writeAndReplan } from './writes';

/**
 * LinkedIn into records: a person from a profile joins an opportunity (merged with whoever
 * is already there by profile URL, email or name), and a job page becomes an opportunity.
 */
export function addProfilePerson(
  db: Db,
  input: AddProfilePersonParams,
  now: Date,
): Promise<{ opportunityId: string; personId: string }> {
  return writeAndReplan(db, now, async (tx) => {
    const opportunityId = input.opportunityId
      ? (await requireOpportunity(tx, input.opportunityId)).id
      : ((await openJobWith(tx, input.newOpportunity!, input.person.profileUrl)) ??
        (await createOpportunity(tx, input.newOpportunity!, now)));
    const people = tx.objectStore('people');
    const candidate = { name: input.person.name, linkedinUrl: input.person.profileUrl };
    const found = (await people.index('by-opportunity').getAll(opportunityId)).find((p) =>
      samePerson(p, candidate),
    );
    const person: StoredPerson = found
      ? {
          ...found,
          role: input.person.role,
          linkedinUrl: input.person.profileUrl,
          title: found.title ?? input.person.headline,
        }
      : StoredPerson.parse({
          id: crypto.randomUUID(),
          opportunityId,
          name: input.person.name,
          role: input.person.role,
          linkedinUrl: input.person.profileUrl,
          title: input.person.headline,
        });
    await people.put(person);
    return { result: { opportunityId, personId: person.id }, affected: [opportunityId] };
  });
}

/**
 * The open opportunity for this job that already has this profile's person: where the same
 * "new opportunity" request went when it was sent before (a retry after an answer lost to a
 * worker stop), so the opportunity is not made twice. The profile URL and the job are the
 * request's natural key: the page need not send an id of its own.
 */
async function openJobWith(
  tx: WriteTx,
  job: { company: string; role: string },
  profileUrl: string,
): Promise<string | null> {
  for (const person of await peopleByLinkedin(tx, profileUrl)) {
    const opportunity = await tx.objectStore('opportunities').get(person.opportunityId);
    if (opportunity && isOpenSameJob(opportunity, job)) return opportunity.id;
  }
  return null;
}

async function createOpportunity(
  tx: WriteTx,
  job: { company: string; role: string },
  now: Date,
): Promise<string> {
  const created = newOpportunity({ company: job.company, role: job.role }, now);
  await tx.objectStore('opportunities').put(created);
  return created.id;
}

/** A job page as an opportunity with status `applied`; the same job URL twice is one opportunity. */
export function trackJob(
  db: Db,
  input: TrackJobParams,
  now: Date,
): Promise<{ opportunityId: string; created: boolean; linked: boolean }> {
  return writeAndReplan<{ opportunityId: string; created: boolean; linked: boolean }>(db, now, async (tx) => {
    const store = tx.objectStore('opportunities');
    const existing = (await store.getAll()).find((o) => o.jobUrl === input.url);
    if (existing)
      return { result: { opportunityId: existing.id, created: false, linked: false }, affected: [] };
    // The same job already followed (tracked from mail, say, or already at Offer): this
    // posting is linked to it, never a second "applied" opportunity.
    const same = await openSameJob(tx, { company: input.company, role: input.title });
    if (same) {
      if (!same.jobUrl) await store.put({ ...same, jobUrl: input.url, updatedAt: now.toISOString() });
      return { result: { opportunityId: same.id, created: false, linked: true }, affected: [] };
    }
    const created = newOpportunity(
      { company: input.company, role: input.title, jobUrl: input.url, location: input.location },
      now,
    );
    await store.put(created);
    return { result: { opportunityId: created.id, created: true, linked: false }, affected: [created.id] };
  });
}
