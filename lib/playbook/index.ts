import type { OpportunityRecords, Settings, Task } from '../model';

/**
 * Plan one opportunity: every task the playbook foresees if nothing new happens (R10).
 * Pure: `now` and `settings.timeZone` are the only clock.
 */
export function plan(records: OpportunityRecords, now: Date, settings: Settings): Task[] {
  void records;
  void now;
  void settings;
  throw new Error('not implemented yet');
}
