import type { Classification, Email, EmailLabel, Evidence } from './email';
import { type Features, featuresOf, FROM, SUBJECT } from './features';
import {
  type Bar,
  type CautiousLabel,
  contributions,
  type Model,
  probabilities,
  score,
  type Scores,
  shippedModel,
} from './model';

/** Below this confidence a verdict is a suggestion: shown, never acted on by itself. */
export const CERTAIN = 0.6;
/** How likely a label must be for a phrase we know for it to lift it over `other`. */
const SAID = 0.25;
/** How many quotes a verdict carries at most. */
const MAX_QUOTES = 3;
const MAX_QUOTE = 240;

const interviewLabels: ReadonlySet<EmailLabel> = new Set(['interview_request', 'interview_scheduled']);
/** Labels that make Afterview act (plan an interview, close an opportunity). */
const actionLabels: ReadonlySet<EmailLabel> = new Set([...interviewLabels, 'rejection', 'offer']);

/**
 * Label one email with the words that carried the verdict. A learned model (model.ts,
 * trained by `npm run train:detect`) weighs hashed words and word pairs, the sender's kind,
 * the message's shape and our phrase families; guard rules then keep what must never
 * happen from happening: only the new text of a reply counts (quoted earlier messages never
 * decide), a media, research or school interview is not a job interview, mail with no word
 * about work is neither an interview nor an outcome, "we won't be extending an offer" is not
 * an offer, and a rejection or offer must be clearly likely and said in words we know, or it
 * is only a status update (quoting what made it look like one).
 */
export function classify(email: Email, model: Model = shippedModel()): Classification {
  return decide(featuresOf(email), model);
}

/** The verdict on features already read (training weighs many bars over the same emails). */
export function decide(f: Features, model: Model): Classification {
  const scores = score(model, f);
  const p = probabilities(scores.logits, model.temperature);
  const index = (label: EmailLabel) => model.labels.indexOf(label);
  const other = index('other');

  // Guards: moves of probability to `other` that the rules are sure of.
  const toOther = (label: EmailLabel, keep: number) => {
    const i = index(label);
    p[other]! += p[i]! * (1 - keep);
    p[i]! *= keep;
  };
  if (f.guards.notAJobInterview) for (const label of interviewLabels) toOther(label, 0.25);
  // A dentist's appointment or a flat that went to another tenant: no word about work, so
  // neither an interview nor an outcome.
  if (f.guards.noJobContext) for (const label of actionLabels) toOther(label, 0.2);
  // An offer to approve or a referral's news: someone else's outcome, not the user's.
  if (f.guards.hiringSide) for (const label of actionLabels) toOther(label, 0.25);
  if (f.guards.negatedOffer) toOther('offer', 0);
  // "This is not a rejection": what the sender says goes on is news, not an ending.
  if (f.guards.deniedRejection) {
    const [rejection, update] = [index('rejection'), index('status_update')];
    p[update]! += p[rejection]!;
    p[rejection] = 0;
  }

  const ranked = [...p.keys()].sort((a, b) => p[b]! - p[a]!);
  let [winner, runnerUp] = ranked as [number, number];
  // A wrong rejection or offer costs more than a missed one: they must be clearly likely.
  const barOf = (i: number) => model.bars[model.labels[i] as CautiousLabel] as Bar | undefined;
  const cautious = (i: number) => barOf(i) !== undefined;
  // …and said in words we know for one, unless the model is very sure.
  const unsaid = (i: number) => p[i]! < barOf(i)!.unsaidMin && !f.phrases.has(`label:${model.labels[i]}`);
  // One that does not clear its bars is still news about the application: a status update
  // (tracked, changing nothing), never the runner-up, which may be an invitation to plan for.
  let withheld: number | null = null;
  if (cautious(winner) && (p[winner]! < barOf(winner)!.min || unsaid(winner))) {
    withheld = winner;
    [winner, runnerUp] = [index('status_update'), winner];
  }
  // Job mail that says what it is in words we know ("your interview is confirmed for…") is
  // not `other`, even when the model leans there (it met many everyday appointments).
  if (model.labels[winner] === 'other' && !f.guards.noJobContext && !f.guards.notAJobInterview) {
    const said = ranked.find(
      (i) => i !== other && !cautious(i) && p[i]! >= SAID && f.phrases.has(`label:${model.labels[i]}`),
    );
    if (said !== undefined) [winner, runnerUp] = [said, winner];
  }
  const label = model.labels[winner]!;
  // A withheld rejection or offer keeps its own quotes, so the user sees what it might be.
  const evidence =
    withheld === null
      ? quotes(model, f, scores, winner, runnerUp)
      : quotes(
          model,
          f,
          scores,
          withheld,
          ranked.find((i) => i !== withheld)!,
        );
  if (label === 'other' && f.guards.notAJobInterview) {
    evidence.unshift({ label, quote: f.guards.notAJobInterview, where: 'body', weight: 1 });
  }
  return { label, confidence: Math.round(p[winner]! * 100) / 100, evidence, modelVersion: model.version };
}

/** The sender, subject or sentences that pushed the winner above the runner-up, quoted. */
function quotes(model: Model, f: Features, scores: Scores, winner: number, runnerUp: number): Evidence[] {
  const label = model.labels[winner]!;
  const found: Evidence[] = [];
  const all = contributions(scores, model.labels.length, winner, runnerUp);
  const total = all.reduce((sum, c) => sum + c.weight, 0) || 1;
  for (const { source, weight } of all) {
    if (found.length >= MAX_QUOTES) break;
    const share = Math.round((weight / total) * 100) / 100;
    if (share < 0.05 && found.length > 0) break;
    if (source === FROM) {
      if (f.sender) found.push({ label, quote: f.sender, where: 'from', weight: share });
    } else if (source === SUBJECT) {
      if (f.subject) found.push({ label, quote: clip(f.subject), where: 'subject', weight: share });
    } else {
      const sentence = f.sentences[source];
      if (sentence) found.push({ label, quote: clip(sentence), where: 'body', weight: share });
    }
  }
  return found;
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= MAX_QUOTE ? one : `${one.slice(0, MAX_QUOTE - 1)}…`;
}
