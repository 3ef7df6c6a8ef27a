/**
 * Every template family of the generated corpus, by the file it was written in. Each file
 * becomes tests/fixtures/emails/gen-<file>.jsonl. The "2" and "3" files are later rounds written
 * by other hands, each family a shape the earlier rounds did not have.
 */
import type { Family } from '../kit';
import { families as example } from './example';
import { families as inbox } from './inbox';
import { families as inbox2 } from './inbox2';
import { families as interviews } from './interviews';
import { families as interviews2 } from './interviews2';
import { families as meetings3 } from './meetings3';
import { families as outcomes } from './outcomes';
import { families as outcomes2 } from './outcomes2';
import { families as outcomes3 } from './outcomes3';
import { families as outreach } from './outreach';
import { families as outreach2 } from './outreach2';
import { families as progress3 } from './progress3';
import { families as traps3 } from './traps3';

export const familyFiles: Record<string, Family[]> = {
  example,
  inbox,
  inbox2,
  interviews,
  interviews2,
  meetings3,
  outcomes,
  outcomes2,
  outcomes3,
  outreach,
  outreach2,
  progress3,
  traps3,
};
