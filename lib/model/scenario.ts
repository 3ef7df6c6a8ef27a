import { type z } from 'zod';
import { OpportunityRecords } from './records';
import { Settings } from './settings';
import { IsoDateTime, TimeZone } from './time';

/**
 * The scheduler's public file format (PLAYBOOK.md, "Scenario files"): one opportunity's
 * records, the time to plan at, and settings. Extra fields are allowed and ignored.
 */
export const Scenario = OpportunityRecords.extend({
  now: IsoDateTime,
  timeZone: TimeZone,
  settings: Settings.omit({ timeZone: true }).prefault({}),
}).superRefine((scenario, ctx) => {
  const people = new Set(scenario.people.map((p) => p.id));
  const check = (id: string | null, path: (string | number)[]) => {
    if (id !== null && !people.has(id)) {
      ctx.addIssue({ code: 'custom', message: `no person with id "${id}" in people`, path });
    }
  };
  check(scenario.opportunity.referredBy, ['opportunity', 'referredBy']);
  scenario.interviews.forEach((interview, i) =>
    interview.interviewers.forEach((id, j) => check(id, ['interviews', i, 'interviewers', j])),
  );
  scenario.touches.forEach((touch, i) => check(touch.person, ['touches', i, 'person']));
  const seen = new Set<string>();
  scenario.people.forEach((person, i) => {
    if (seen.has(person.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate person id "${person.id}"`,
        path: ['people', i, 'id'],
      });
    }
    seen.add(person.id);
  });
});
export type Scenario = z.infer<typeof Scenario>;

/** "interviews.0.end: the interview must end after it starts" — one line per problem. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(file)';
    return `${path}: ${issue.message}`;
  });
}
