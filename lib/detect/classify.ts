import type { Classification, Email, EmailLabel, Evidence } from './email';
import { conditional, jobContext, negatedOffer, notAJobInterview, rules } from './rules';
import { atsSender } from './senders';
import { normalize, senderOf, splitReply, stripNoise } from './text';

/** Below this score nothing is confident enough: the email is `other`. */
const THRESHOLD = 2;
const SUBJECT_BOOST = 1.5;
const interviewLabels: ReadonlySet<EmailLabel> = new Set(['interview_request', 'interview_scheduled']);
/** A wrong rejection or offer is worse than a missed one: they must win clearly. */
const cautious: ReadonlySet<EmailLabel> = new Set(['rejection', 'offer']);

/**
 * Label one email with the evidence for it. Only the new text of a reply counts (quoted
 * earlier messages never decide), conditional sentences ("if you are not selected…") are
 * set aside, and media, research or school interviews are not job interviews.
 */
export function classify(email: Email): Classification {
  const { fresh } = splitReply(email.body);
  const subject = normalize(email.subject.replace(/^((re|fwd?|aw|wg|tr|rv)\s*:\s*)+/i, ''));
  const sentences = normalize(stripNoise(fresh))
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((s) => s.length > 0);

  const evidence: Evidence[] = [];
  const score = new Map<EmailLabel, number>();
  const add = (item: Evidence) => {
    evidence.push(item);
    score.set(item.label, (score.get(item.label) ?? 0) + item.weight);
  };

  const seen = new Set<(typeof rules)[number]>();
  const scan = (text: string, where: 'subject' | 'body') => {
    const hypothetical = conditional.test(text);
    const notAnOffer = negatedOffer.test(text);
    for (const r of rules) {
      if (seen.has(r)) continue;
      if (hypothetical && cautious.has(r.label)) continue;
      if (notAnOffer && r.label === 'offer') continue;
      const match = r.pattern.exec(text);
      if (!match) continue;
      seen.add(r);
      add({
        label: r.label,
        quote: match[0],
        where,
        weight: r.weight * (where === 'subject' ? SUBJECT_BOOST : 1),
      });
    }
  };
  scan(subject, 'subject');
  for (const sentence of sentences) scan(sentence, 'body');

  addSenderSignals(email, add);

  // "Interview" on a podcast, in the press, for research or admissions is not a job interview.
  const all = `${subject}\n${sentences.join('\n')}`;
  const context = notAJobInterview.map((p) => p.exec(all)).find((m) => m !== null);
  if (context) {
    for (const label of interviewLabels) score.set(label, (score.get(label) ?? 0) * 0.25);
    add({ label: 'other', quote: context[0], where: 'body', weight: 3 });
  }

  // No word about work anywhere: whatever matched is about something else.
  if (!jobContext.test(all)) {
    for (const [label, value] of score) if (label !== 'other') score.set(label, value * 0.3);
  }

  return decide(score, evidence);
}

function addSenderSignals(email: Email, add: (item: Evidence) => void): void {
  const { address } = senderOf(email.from);
  const known = atsSender(address);
  if (!known || !address) return;
  const signal = { quote: address, where: 'from' as const };
  if (known.kind === 'assessment') add({ ...signal, label: 'assessment', weight: 3 });
  if (known.kind === 'scheduling') add({ ...signal, label: 'interview_scheduled', weight: 2 });
  if (known.kind === 'job_board') add({ ...signal, label: 'job_alert', weight: 1 });
  // An applicant-tracking system writes after an application; alone, that suggests a receipt.
  if (known.kind === 'ats') add({ ...signal, label: 'application_received', weight: 2 });
}

function decide(score: Map<EmailLabel, number>, evidence: Evidence[]): Classification {
  // A scheduled interview also reads as a request; with a time fixed, scheduled wins.
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < THRESHOLD) {
    return { label: 'other', confidence: confidenceOf(THRESHOLD, top?.[1] ?? 0), evidence };
  }
  let [label, value] = top;
  // Cautious labels must stand clearly above the runner-up, or they yield to it.
  if (cautious.has(label) && second && second[1] > value * 0.8 && !cautious.has(second[0])) {
    [label, value] = second;
  }
  const runnerUp = ranked.find(([l]) => l !== label)?.[1] ?? 0;
  return {
    label,
    confidence: confidenceOf(value, runnerUp),
    evidence: evidence.filter((e) => e.label === label).concat(evidence.filter((e) => e.label !== label)),
  };
}

/** How far the winner stands above the runner-up, saturating as evidence piles up. */
function confidenceOf(winner: number, runnerUp: number): number {
  if (winner <= 0) return 0;
  const margin = (winner - runnerUp) / winner;
  const strength = Math.min(1, winner / 8);
  return Math.round(Math.max(0.05, 0.5 * margin + 0.5 * strength) * 100) / 100;
}
