import type { StoredPerson } from '../model';
import type { Db } from './db';
import { NotFoundError, writeAndReplan } from './writes';

/**
 * Give one person of an opportunity a new email address (the draft screen's "Save this
 * address to …"): only that field changes, and the opportunity is replanned in the same
 * transaction. The address is checked by the protocol before it gets here.
 */
export function setPersonEmail(
  db: Db,
  input: { opportunityId: string; personId: string; email: string },
  now: Date,
): Promise<StoredPerson> {
  return writeAndReplan(db, now, async (tx) => {
    const store = tx.objectStore('people');
    const person = await store.get(input.personId);
    if (!person || person.opportunityId !== input.opportunityId) {
      throw new NotFoundError(`No person with id "${input.personId}" on this opportunity`);
    }
    const updated: StoredPerson = { ...person, email: input.email.trim().toLowerCase() };
    await store.put(updated);
    return { result: updated, affected: [input.opportunityId] };
  });
}
