import { classify } from '../detect/classify';
import { Email } from '../detect/email';
import { formatAddress, TRACKED_LABELS, understandThread } from '../detect/understand-thread';
import type { ListRowInput, ThreadUnderstanding, UnderstandThreadParams } from '../messaging/gmail';

/**
 * Email understanding for the Gmail content script. The classifier and its learned model
 * (about 1 MB) live here, in the service worker, so they never ship inside Gmail's page:
 * the page sends what it read, bounded by the protocol, and gets the verdict back.
 */

/** An open thread: label, evidence, suggestions and outcome (lib/detect/understand-thread). */
export function understandThreadHandler(params: UnderstandThreadParams): ThreadUnderstanding {
  return understandThread(params);
}

/** The keys of the rows that look interview-related from their subject, sender and snippet. */
export function classifyRows(rows: readonly ListRowInput[]): { jobRelated: string[] } {
  const jobRelated: string[] = [];
  for (const row of rows) {
    const email = Email.safeParse({
      from: formatAddress(row.from).slice(0, 1000),
      subject: row.subject,
      date: row.date,
      body: row.snippet,
    });
    if (email.success && TRACKED_LABELS.has(classify(email.data).label)) jobRelated.push(row.key);
  }
  return { jobRelated };
}
