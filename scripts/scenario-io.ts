/**
 * The reusable half of the scheduler's door (PLAYBOOK.md, "Scenario files"): scenario text
 * or object → what `plan` takes, and a planned task → the public output shape. Used by
 * `scripts/plan.ts`, the scenario tests and the bench; it never touches the file system.
 */
import { formatIssues, Scenario } from '../lib/model/scenario';
import type { OpportunityRecords, Settings, Task } from '../lib/model';
import { plan } from '../lib/playbook';

/** What `plan(records, now, settings)` takes, built from one scenario. */
export interface PlanInput {
  records: OpportunityRecords;
  now: Date;
  settings: Settings;
}

/** One task as the door prints it: exactly these fields, in this order. */
export interface OutputTask {
  id: string;
  kind: Task['kind'];
  person: string | null;
  earliest: string;
  due: string;
  late: string;
  channel: Task['channel'];
  rule: string;
  state: Task['state'];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** JSON text → value; on a syntax error, says where (line and column). */
export function parseJsonText(text: string, source = 'input'): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`${source}: invalid JSON: ${message}${where(text, message)}`] };
  }
}

/** " (line 3, column 5)" from V8's "at position N", when the message has no line yet. */
function where(text: string, message: string): string {
  if (/line \d+/.test(message)) return '';
  const match = /position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : text.length;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** A parsed JSON value → plan input, or one message per bad field ("interviews.0.end: …"). */
export function parseScenario(data: unknown): Parsed<PlanInput> {
  const result = Scenario.safeParse(data);
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const scenario = result.data;
  return {
    ok: true,
    value: {
      records: {
        opportunity: scenario.opportunity,
        people: scenario.people,
        interviews: scenario.interviews,
        touches: scenario.touches,
        taskStates: scenario.taskStates,
      },
      now: new Date(scenario.now),
      settings: { ...scenario.settings, timeZone: scenario.timeZone },
    },
  };
}

/** A planned task → the documented output fields only (drops `reason` and anything else). */
export function toOutputTask(task: Task): OutputTask {
  return {
    id: task.id,
    kind: task.kind,
    person: task.person,
    earliest: task.earliest,
    due: task.due,
    late: task.late,
    channel: task.channel,
    rule: task.rule,
    state: task.state,
  };
}

/** Plan one parsed scenario; throws with the field messages if it is invalid. */
export function planScenario(data: unknown): OutputTask[] {
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(`invalid scenario:\n${parsed.errors.join('\n')}`);
  const { records, now, settings } = parsed.value;
  return plan(records, now, settings).map(toOutputTask);
}
