import type { DraftView } from '../messaging/ui';
import { taskTitle } from '../ui/labels';
import { chooseWebmail } from '../ui/links';
import { listSites } from '../store/sites';
import type { Db } from '../store/db';
import { allOpportunities, readRecords } from '../store/reads';
import { readSettings } from '../store/records';
import type { DraftChannel } from '../templates/proofread';
import type { Tone } from '../templates/template';
import { composeFor, readOpportunity } from './opportunity-view';

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
  const composed = composeFor(view, task, settings, {
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
      ? { name: person.name, email: person.email, phone: person.phone, linkedinUrl: person.linkedinUrl }
      : null,
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
