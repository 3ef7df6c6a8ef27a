import type { Channel, Interview, OpportunityRecords, Person, Task, TemplateOverride } from '../model';
import { localDate, promisedDates } from '../playbook/promised';
import { type Template, type Stage, type Tone, templateId, wordingFor } from './template';
import { channelsFor, findTemplate } from './catalog';
import { type DraftChannel, type Draft, type Flag, type OtherNote, proofread } from './proofread';
import { type Rendered, render } from './render';
import { type Sender, gapLabels, templateValues } from './values';

/**
 * Turn a planned task into a message ready to edit: pick the template (the user's version
 * if they kept one), fill it from the records, and proofread it. Pure: the records, the
 * plan and the current time come in as arguments.
 */
export interface ComposeInput {
  task: Pick<Task, 'kind' | 'person' | 'channel'>;
  records: OpportunityRecords;
  /** The opportunity's planned tasks: a thank-you promises the first check-in (R2). */
  tasks: ReadonlyArray<Pick<Task, 'kind' | 'due' | 'state'>>;
  now: Date;
  sender: Sender;
  locale: string;
  timeZone: string;
  tone?: Tone;
  /** The user's choice of channel; otherwise the task's. */
  channel?: DraftChannel;
  /** The user's own versions, by template id. */
  overrides?: Readonly<Record<string, TemplateOverride>>;
  /** For proofreading: the user's other companies and people. */
  otherCompanies?: string[];
  otherPeople?: string[];
  /**
   * For proofreading a thank-you: the user's other thank-yous to this company, sent or
   * drafted (who each is to, and its text), so a paragraph copied between them is flagged.
   */
  otherNotes?: OtherNote[];
}

export interface Composed {
  templateId: string;
  kind: Task['kind'];
  channel: DraftChannel;
  /** Other channels this kind has messages for. */
  channels: DraftChannel[];
  tone: Tone | null;
  stage: Stage | null;
  /** The user's own version of the template was used. */
  edited: boolean;
  recipient: Person | null;
  subject: Rendered | null;
  body: Rendered;
  flags: Flag[];
  /** No gap is left (and a thank-you has its specific detail): it may be marked final. */
  final: boolean;
  /** Advice shown beside the message, never part of it. */
  hints: string[];
  /** R2: the note offering an agency consultant the thank-you first, with the draft below it. */
  agencyPreview: Composed | null;
  /** What proofreading needs besides the text, to check the user's edits again. */
  check: Omit<Draft, 'text' | 'subject' | 'gaps'>;
}

export function compose(input: ComposeInput): Composed | null {
  const { task, records } = input;
  const channels = channelsFor(task.kind);
  const preferred = input.channel ?? draftChannelFor(task.kind, task.channel);
  const channel = preferred && channels.includes(preferred) ? preferred : channels[0];
  if (!channel) return null; // a task for the user alone (notes, salary research…)
  const person = records.people.find((p) => p.id === task.person) ?? null;
  const draft = composeWith(input, { channel, person, audience: 'recipient', aboutName: null });
  const agency =
    task.kind === 'thank_you' ? records.people.find((p) => p.role === 'agency_consultant') : undefined;
  if (!agency || agency.id === person?.id) return { ...draft, channels };
  const preview = composeWith(input, {
    channel: 'email',
    person: agency,
    audience: 'agency',
    aboutName: person?.name ?? null,
  });
  const agencyPreview = appendDraft(preview, draft);
  return {
    ...draft,
    channels,
    hints: [
      `${agency.name} from your agency may want to see this first: offer them the draft before you send it.`,
      ...draft.hints,
    ],
    agencyPreview,
  };
}

/** Proofread the user's edited text again: the flags, and whether it may be marked final. */
export function recheck(
  /** Only what proofreading needs: the check and the rendered body's gaps. */
  composed: Pick<Composed, 'check' | 'body'>,
  edited: { subject: string | null; text: string },
): Pick<Composed, 'flags' | 'final'> {
  const specificDetail = composed.check.specificDetail || filledIn(composed.body, 'specific', edited.text);
  const flags = proofread({ ...composed.check, specificDetail, subject: edited.subject, text: edited.text });
  return { flags, final: isFinal(flags) };
}

/**
 * What the user typed where a gap stood: the text between the words around the gap, when
 * those words are still there. (A thank-you's specific detail may be written in the draft
 * rather than in the notes.)
 */
function filledIn(original: Rendered, name: string, edited: string): string | null {
  const gap = original.gaps.find((g) => g.name === name);
  if (!gap) return null;
  const lineStart = original.text.lastIndexOf('\n', gap.start - 1) + 1;
  const lineEnd = original.text.indexOf('\n', gap.end);
  const before = original.text.slice(Math.max(lineStart, gap.start - 24), gap.start);
  const after = original.text.slice(gap.end, Math.min(gap.end + 12, lineEnd < 0 ? Infinity : lineEnd));
  const from = edited.indexOf(before);
  if (!before || from < 0) return null;
  const start = from + before.length;
  const end = after ? edited.indexOf(after, start) : edited.indexOf('\n', start);
  const typed = edited.slice(start, end < 0 ? undefined : end).trim();
  return typed && !typed.startsWith('[') ? typed : null;
}

interface Target {
  channel: DraftChannel;
  person: Person | null;
  audience: Template['audience'];
  aboutName: string | null;
}

function composeWith(input: ComposeInput, target: Target): Composed {
  const { task, records, now, timeZone } = input;
  const { person, channel } = target;
  const tone = input.tone ?? 'warm';
  const { decisionBy, mayCheckBackOn } = promisedDates(records);
  const stage: Stage =
    decisionBy && decisionBy < localDate(now, timeZone) ? 'after_decision' : 'before_decision';
  const template = findTemplate({ kind: task.kind, channel, tone, stage, audience: target.audience });
  if (!template) throw new Error(`No ${task.kind} template for ${channel}`); // the catalog test covers every pair
  const id = templateId(template);
  const override = input.overrides?.[id];
  const interview = interviewFor(records.interviews, person);
  // Several people thanked after one interview each get their own wording (by their place).
  const wording = wordingFor(template, positionIn(interview, person));
  const values = {
    ...templateValues({
      opportunity: records.opportunity,
      person,
      interview,
      sender: input.sender,
      nextCheckIn: firstCheckIn(input.tasks),
      locale: input.locale,
      timeZone,
      decisionBy,
      mayCheckBackOn,
      news: latestNews(records),
    }),
    aboutName: target.aboutName,
  };
  const subjectText = override ? override.subject : wording.subject;
  const subject = subjectText === null || channel !== 'email' ? null : render(subjectText, values, gapLabels);
  const body = render(override?.body ?? wording.body, values, gapLabels);
  const check: Composed['check'] = {
    channel,
    kind: task.kind,
    recipient: person ? { name: person.name, firstName: values.firstName ?? person.name } : null,
    company: records.opportunity.company,
    otherCompanies: input.otherCompanies ?? [],
    otherPeople: input.otherPeople ?? [],
    specificDetail: target.audience === 'recipient' ? values.specific : null,
    ...(task.kind === 'thank_you' && target.audience === 'recipient' && input.otherNotes
      ? { otherNotes: input.otherNotes }
      : {}),
  };
  const flags = proofread({
    ...check,
    subject: subject?.text ?? null,
    text: body.text,
    gaps: [...body.gaps],
  });
  return {
    templateId: id,
    kind: task.kind,
    channel,
    channels: [],
    tone: template.tone,
    stage: template.stage,
    edited: override !== undefined,
    recipient: person,
    subject,
    body,
    flags,
    final: isFinal(flags),
    hints: hintsFor(task.kind, channel),
    agencyPreview: null,
    check,
  };
}

/** A draft may be final once no gap is left and a thank-you names its specific detail. */
function isFinal(flags: Flag[]): boolean {
  return !flags.some((flag) => flag.code === 'gap' || flag.code === 'missing_specific');
}

/** The consultant's note, with the thank-you under it; its gaps keep their places. */
function appendDraft(preview: Composed, draft: Composed): Composed {
  const separator = '\n\n---\n\n';
  const shift = preview.body.text.length + separator.length;
  const body: Rendered = {
    text: preview.body.text + separator + draft.body.text,
    gaps: [
      ...preview.body.gaps,
      ...draft.body.gaps.map((g) => ({ ...g, start: g.start + shift, end: g.end + shift })),
    ],
  };
  // The note carries the thank-you, so the thank-you's specific detail is what to look for.
  const check = { ...preview.check, specificDetail: draft.check.specificDetail };
  const flags = proofread({
    ...check,
    subject: preview.subject?.text ?? null,
    text: body.text,
    gaps: body.gaps,
  });
  return { ...preview, body, flags, final: isFinal(flags), check };
}

/** Which draft a task's channel means: a call comes with its voicemail, LinkedIn with its note. */
function draftChannelFor(kind: Task['kind'], channel: Channel | null): DraftChannel | null {
  switch (channel) {
    case null:
      return null;
    case 'linkedin':
      return kind === 'linkedin_connect' ? 'linkedin_note' : 'linkedin';
    case 'in_person':
      return 'phone'; // the call script doubles as talking points
    default:
      return channel;
  }
}

const HINTS: Partial<Record<Task['kind'], string>> = {
  offer_in_writing: 'Don’t resign from your current job until you have the offer in writing.',
  rejection_reply: 'Take a short break before the next push, and jot down what you would do differently.',
  reference_heads_up: 'Attach your updated résumé before you send this.',
  linkedin_connect: 'LinkedIn allows 300 characters in a connection note.',
};

function hintsFor(kind: Task['kind'], channel: DraftChannel): string[] {
  const hints: string[] = [];
  const forKind = HINTS[kind];
  if (forKind) hints.push(forKind);
  if (channel === 'phone' && channelsFor(kind).includes('voicemail')) {
    hints.push('If they don’t pick up, switch to the voicemail version: short and clear.');
  }
  if (channel === 'letter' && kind === 'thank_you') {
    hints.push('Write it by hand and post it today, so it arrives well before they decide.');
  }
  return hints;
}

/** The interview this person was in (the latest), else the latest interview. */
function interviewFor(interviews: Interview[], person: Person | null): Interview | null {
  const latestFirst = [...interviews].sort((a, b) => Date.parse(b.end) - Date.parse(a.end));
  return latestFirst.find((i) => person && i.interviewers.includes(person.id)) ?? latestFirst[0] ?? null;
}

/**
 * Where the person stands in the interview's list of interviewers (0 for the first); someone
 * thanked who is not on the list comes after everyone who is.
 */
function positionIn(interview: Interview | null, person: Person | null): number {
  if (!interview || !person) return 0;
  const at = interview.interviewers.indexOf(person.id);
  return at >= 0 ? at : interview.interviewers.length;
}

/** The date a thank-you promises: the first check-in still planned. */
function firstCheckIn(tasks: ComposeInput['tasks']): string | null {
  const open = tasks.filter((t) => t.kind === 'check_in' && (t.state === 'pending' || t.state === 'snoozed'));
  open.sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  return open[0]?.due ?? null;
}

function latestNews(records: OpportunityRecords): string | null {
  const news = records.touches
    .filter((t) => t.purpose === 'news' && t.note)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return news[0]?.note ?? null;
}
