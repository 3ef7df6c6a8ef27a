import type { DraftView } from '../messaging/ui';
import { taskTitle } from '../ui/labels';
import { chooseWebmail } from '../ui/links';
import { listSites } from '../store/sites';
import type { Db } from '../store/db';
import { allOpportunities, readRecords } from '../store/reads';
import { readSettings } from '../store/records';
import type { DraftChannel } from '../templates/proofread';
import type { Tone } from '../templates/template';
import { t } from '../ui/i18n';
import { composeFor, readOpportunity } from './opportunity-view';
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
  // Never a no-reply or shared system address: the recruiter or hiring manager instead.
  const choice = chooseRecipient(view.records.people, task.person);
  const to = 'person' in choice ? choice.person : null;
  const addressed = to?.id === task.person ? task : { ...task, person: to?.id ?? null };
  const composed = composeFor(view, addressed, settings, {
    locale: params.locale,
    now,
    ...(params.channel ? { channel: params.channel } : {}),
    ...(params.tone ? { tone: params.tone } : {}),
    otherCompanies: others.filter((o) => o.id !== params.opportunityId).map((o) => o.company),
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
