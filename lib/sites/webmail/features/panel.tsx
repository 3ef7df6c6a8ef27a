import { type PanelValues, TrackPanel } from '@/components/TrackPanel';
import { inPageCss } from '@/components/inpage-css';
import { metByDefault } from '@/components/track-panel-check';
import type { ThreadUnderstanding, TrackThreadParams } from '../../../messaging/gmail';
import { call } from '../../../messaging/client';
import { mountShadow } from '../../../content/shadow';
import { t } from '../../../ui/i18n';
import type { MessageKey } from '../../../ui/strings';

const described = new Set([
  'interview_request',
  'interview_scheduled',
  'assessment',
  'reference_request',
  'status_update',
  'rejection',
  'offer',
]);

/** "an interview invitation": what a label is, in words. */
export function labelWords(label: string): string {
  return t(described.has(label) ? (`inpageLabel_${label}` as MessageKey) : 'inpageLabel_job');
}

/** "This looks like a rejection", or "This may be …" for a verdict below the bar. */
export function verdictWords(label: string, certain: boolean): string {
  return t(certain ? 'inpageLooksLike' : 'inpageMayBe', labelWords(label));
}

/**
 * Open the tracking panel over the page. Confirming sends the user's values; the panel
 * closes itself on success, and focus goes back to what opened it.
 */
export function openTrackPanel(options: {
  understanding: ThreadUnderstanding;
  heading: string;
  confirmLabel: string;
  opener: HTMLElement | null;
  /** Ask whether the user already follows this job (a thread not tracked yet). */
  askSameJob: boolean;
  onConfirm: (params: Omit<TrackThreadParams, 'threadId' | 'messages'>) => Promise<void>;
}): void {
  const { understanding, opener } = options;
  const close = () => {
    mount.remove();
    opener?.focus();
  };
  const initial: PanelValues = {
    company: understanding.suggestion.company,
    role: understanding.suggestion.role,
    // In the interview: as the understanding says, else by the part the extractor read for
    // them (someone "you'll meet", Cc'd on the invitation, is an interviewer).
    people: understanding.suggestion.people.map((p) => ({
      ...p,
      inInterview: p.inInterview ?? metByDefault(p.role),
    })),
    interviewAt: understanding.suggestion.interviewAt
      ? toLocalInput(understanding.suggestion.interviewAt)
      : '',
    decisionBy: understanding.suggestion.decisionBy ?? '',
  };
  const mount = mountShadow(
    (host) => document.body.append(host),
    inPageCss,
    <TrackPanel
      heading={options.heading}
      initial={initial}
      labelText={
        understanding.label
          ? // An uncertain verdict is worded as the guess it is.
            `${verdictWords(understanding.label, understanding.certain)}.`
          : null
      }
      evidence={understanding.evidence.map((e) => e.quote)}
      confirmLabel={options.confirmLabel}
      findSameJob={options.askSameJob ? (company, role) => call('sameJob', { company, role }) : undefined}
      onClose={close}
      onConfirm={async (values) => {
        await options.onConfirm({
          opportunityId: values.attachTo,
          newJob: values.newJob,
          subject: understanding.suggestion.subject,
          company: values.company.trim(),
          role: values.role.trim(),
          people: values.people,
          interviewAt: values.interviewAt ? new Date(values.interviewAt).toISOString() : null,
          decisionBy: values.decisionBy || null,
          label: understanding.label,
          evidence: understanding.evidence,
        });
        close();
      }}
    />,
    'track-panel',
  );
}

/** "2026-03-02T14:00" in the browser's zone, as a datetime-local input wants it. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
