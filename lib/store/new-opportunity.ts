import { StoredOpportunity } from '../model';

/**
 * A new opportunity's record, made one way wherever one starts (a tracked thread, a person
 * or a job from LinkedIn): a fresh id, applied and created now, checked by the schema.
 */
export function newOpportunity(
  fields: Partial<Pick<StoredOpportunity, 'status' | 'jobUrl' | 'location'>> &
    Pick<StoredOpportunity, 'company' | 'role'>,
  now: Date,
): StoredOpportunity {
  const at = now.toISOString();
  return StoredOpportunity.parse({
    id: crypto.randomUUID(),
    status: 'applied',
    appliedAt: at,
    ...fields,
    createdAt: at,
    updatedAt: at,
  });
}
