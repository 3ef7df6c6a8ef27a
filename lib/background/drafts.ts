import type { StoredTask, UserSettings } from '../model';
import type { DraftView } from '../messaging/ui';
import { taskTitle } from '../ui/labels';
import { chooseWebmail } from '../ui/links';
import { listSites } from '../store/sites';
import type { Db } from '../store/db';
import { allOpportunities, readRecords } from '../store/reads';
import { readSettings } from '../store/records';
import type { DraftChannel, OtherNote } from '../templates/proofread';
import type { Tone } from '../templates/template';
import { t } from '../ui/i18n';
import { composeFor, type OpportunityView, openTasks, readOpportunity } from './opportunity-view';
import { chooseRecipient, type RecipientChoice } from './recipient';

/**
 * One task's message for the popup and dashboard: composed from the records in the user's
 * tone (or the one asked for) and wording, with everything needed to send it and to
 * proofread the user's edits again.
 */
export async function draftTask(
  db: Db,
  params: {
    opportunityId: string;
    taskId: string;
    tone: Tone | null;
    channel: DraftChannel | null;
    locale: string;
  },
  now: Date,
): Promise<DraftView | null> {
  // The sites first: a transaction closes while another read is awaited.
  const sites = await listSites(db);
  const tx = readRecords(db);
  const settings = await readSettings(tx);
  const view = await readOpportunity(tx, params.opportunityId);
  const task = view?.tasks.find((t) => t.id === params.taskId);
  if (!view || !task) return null;
  const others = await allOpportunities(tx);
  const { choice, addressed } = addressTask(view, task);
  const same = { locale: params.locale, now, ...(params.tone ? { tone: params.tone } : {}) };
  const otherNotes = task.kind === 'thank_you' ? otherThankYous(view, addressed, settings, same) : [];
  const composed = composeFor(view, addressed, settings, {
    ...same,
    ...(params.channel ? { channel: params.channel } : {}),
    otherCompanies: others.filter((o) => o.id !== params.opportunityId).map((o) => o.company),
    ...(otherNotes.length ? { otherNotes } : {}),
  });
  if (!composed) return null;
  const person = composed.recipient;
  const agency = view.records.people.find((p) => p.role === 'agency_consultant');
  return {
    taskId: task.id,
    opportunityId: params.opportunityId,
    title: taskTitle(task.kind, person?.name ?? null),
    templateId: composed.templateId,
    channel: composed.channel,
    channels: composed.channels,
    tone: composed.tone,
    stage: composed.stage,
    edited: composed.edited,
    subject: composed.subject,
    body: composed.body,
    flags: composed.flags,
    final: composed.final,
    hints: composed.hints,
    recipient: person
      ? {
          id: person.id,
          name: person.name,
          email: person.email,
          phone: person.phone,
          linkedinUrl: person.linkedinUrl,
        }
      : null,
    recipientNote: recipientNote(choice),
    webmail: chooseWebmail(settings.mailApp, sites),
    agencyPreview: composed.agencyPreview
      ? {
          subject: composed.agencyPreview.subject,
          body: composed.agencyPreview.body,
          to: agency?.email ?? null,
        }
      : null,
    check: composed.check,
  };
}

/** Never a no-reply or shared system address: the recruiter or hiring manager instead. */
function addressTask(
  view: OpportunityView,
  task: StoredTask,
): { choice: RecipientChoice; addressed: StoredTask } {
  const choice = chooseRecipient(view.records.people, task.person);
  const to = 'person' in choice ? choice.person : null;
  return { choice, addressed: to?.id === task.person ? task : { ...task, person: to?.id ?? null } };
}

/** DraftView's bounds on `check.otherNotes` (the popup's reply is checked against them). */
const MAX_OTHER_NOTES = 10;
const MAX_NOTE_TO = 300;
const MAX_NOTE_TEXT = 20_000;

/**
 * For the proofreader (`shared_paragraph`): a thank-you's other thank-yous on this
 * opportunity, each with its recipient's name. First the ones sent whose text is kept
 * (settings.keepEmailText), newest first; then the other open thank-you tasks' drafts as
 * this screen shows them (same settings and tone, each on its own channel). Notes to this
 * draft's own recipient are left out; at most ten.
 */
function otherThankYous(
  view: OpportunityView,
  task: StoredTask,
  settings: UserSettings,
  options: { locale: string; now: Date; tone?: Tone },
): OtherNote[] {
  const nameOf = (id: string | null) => view.records.people.find((p) => p.id === id)?.name ?? '';
  const note = (to: string, text: string): OtherNote => ({
    to: to.slice(0, MAX_NOTE_TO),
    text: text.slice(0, MAX_NOTE_TEXT),
  });
  const notes = view.records.touches
    .filter(
      (t) =>
        t.direction === 'sent' &&
        t.purpose === 'thank_you' &&
        !!t.body?.trim() &&
        (t.person === null || t.person !== task.person),
    )
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .map((t) => note(nameOf(t.person), t.body ?? ''));
  for (const other of openTasks(view)) {
    if (notes.length >= MAX_OTHER_NOTES) break;
    if (other.kind !== 'thank_you' || other.id === task.id) continue;
    const { addressed } = addressTask(view, other);
    if (addressed.person !== null && addressed.person === task.person) continue;
    const composed = composeFor(view, addressed, settings, options);
    if (composed) notes.push(note(composed.recipient?.name ?? '', composed.body.text));
  }
  return notes.slice(0, MAX_OTHER_NOTES);
}

/** Why the draft is not addressed to the task's person, or whom to find; null when it is. */
function recipientNote(choice: RecipientChoice): string | null {
  switch (choice.kind) {
    case 'person':
      return null;
    case 'instead':
      return t(
        choice.person.role === 'recruiter' ? 'draftToInsteadRecruiter' : 'draftToInsteadManager',
        choice.setAside.email ?? choice.setAside.name,
        choice.person.name,
      );
    case 'suggested':
      return t(
        choice.person.role === 'recruiter' ? 'draftToSuggestedRecruiter' : 'draftToSuggestedManager',
        choice.person.name,
      );
    case 'unread':
      return t('draftToUnread');
    case 'nobody':
      return t('draftToNobody');
  }
}
