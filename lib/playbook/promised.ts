import type { OpportunityRecords } from '../model';
import { isEmployerReply, latestInterview } from './context';

/**
 * D and P as they stand (R5.5): a reply after the latest interview may bring a new decision
 * date or check-back date; otherwise the latest interview's own.
 */
export function promisedDates(records: Pick<OpportunityRecords, 'interviews' | 'touches'>): {
  decisionBy: string | null;
  mayCheckBackOn: string | null;
} {
  const interview = latestInterview(records.interviews);
  const since = interview ? Date.parse(interview.end) : -Infinity;
  const replies = records.touches
    .filter((t) => isEmployerReply(t) && Date.parse(t.at) >= since)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const latest = (field: 'decisionBy' | 'mayCheckBackOn') =>
    replies.find((t) => t[field])?.[field] ?? interview?.[field] ?? null;
  return { decisionBy: latest('decisionBy'), mayCheckBackOn: latest('mayCheckBackOn') };
}

/** A calendar date in a zone, as YYYY-MM-DD (comparable with D and P as text). */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
