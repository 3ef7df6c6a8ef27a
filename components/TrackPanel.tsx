import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PanelFrame } from './PanelFrame';
import { TrackPanelPeople } from './TrackPanelPeople';
import { checkPanel, type PanelRow, rowFor } from './track-panel-check';
import type { PersonRole } from '@/lib/model';
import { t } from '@/lib/ui/i18n';

export interface PanelPerson {
  name: string;
  email: string | null;
  phone: string | null;
  role: PersonRole;
  /** Was in the interview: gets a thank-you whatever their role (R2). */
  inInterview: boolean;
}

export interface PanelValues {
  company: string;
  role: string;
  people: PanelPerson[];
  /** Local date-time from the input ("2026-03-02T14:00"), or empty. */
  interviewAt: string;
  /** YYYY-MM-DD, or empty. */
  decisionBy: string;
}

/** An open opportunity for the same job as the one typed (lib/model/jobs.ts). */
export interface SameJob {
  id: string;
  company: string;
  role: string;
  status: string;
}

/** Where the thread goes when the user already follows the same job. */
export interface JobChoice {
  /** Attach to this opportunity… */
  attachTo: string | null;
  /** …or follow it as another job. */
  newJob: boolean;
}

interface Props {
  heading: string;
  initial: PanelValues;
  /**
   * Whether the user already follows this job; asked before tracking, so a second
   * opportunity for one job is never made silently. Absent when the thread is already tracked.
   */
  findSameJob?: (company: string, role: string) => Promise<SameJob | null>;
  /** Why Afterview thinks this is about a job: the label and quotes from the email. */
  labelText: string | null;
  evidence: string[];
  confirmLabel: string;
  onConfirm: (values: PanelValues & JobChoice) => Promise<void>;
  onClose: () => void;
}

/**
 * The in-page panel that confirms what to track. Everything is a suggestion the user can
 * change: the company, role and dates, and each person (name, email, role, whether they
 * were in the interview), with people added or removed (undoable while it is open).
 * Everything is checked before it is sent, and what is wrong is said beside the field.
 * Escape or Cancel closes it without writing anything.
 */
export function TrackPanel({
  heading,
  initial,
  labelText,
  evidence,
  confirmLabel,
  findSameJob,
  onConfirm,
  onClose,
}: Props) {
  // The same job already followed, once asked about this company and role, and the answer.
  const [same, setSame] = useState<{ key: string; job: SameJob } | null>(null);
  const [attach, setAttach] = useState<boolean | null>(null);
  const [values, setValues] = useState(() => ({ ...initial, rows: initial.people.map(rowFor) }));
  // Problems are shown once the user has tried to save, then kept current as they type.
  const [tried, setTried] = useState(false);
  const [focusError, setFocusError] = useState(0);
  const first = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => first.current?.focus(), []);
  useLayoutEffect(() => {
    if (focusError) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

  const checked = checkPanel(values);
  const shown = tried ? checked.errors : {};
  const set = <K extends 'company' | 'role' | 'interviewAt' | 'decisionBy'>(key: K, value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setRows = (update: (rows: PanelRow[]) => PanelRow[]) =>
    setValues((v) => ({ ...v, rows: update(v.rows) }));

  const submit = async () => {
    setTried(true);
    if (!checked.ok) {
      setFocusError((n) => n + 1);
      return t(checked.problem);
    }
    const { company, role, interviewAt, decisionBy } = values;
    const key = `${company.trim()}\u0000${role.trim()}`;
    let job = same?.key === key ? same.job : null;
    if (findSameJob && same?.key !== key) {
      job = await findSameJob(company.trim(), role.trim());
      setSame(job ? { key, job } : null);
      setAttach(null);
      if (job) return t('panelSameJobChoose');
    }
    if (job && attach === null) return t('panelSameJobChoose');
    await onConfirm({
      company,
      role,
      interviewAt,
      decisionBy,
      people: checked.people,
      attachTo: job && attach ? job.id : null,
      newJob: job !== null && attach === false,
    });
  };
  const sameShown =
    same && same.key === `${values.company.trim()}\u0000${values.role.trim()}` ? same.job : null;

  /** Marks a field wrong and points it at the words beside it. */
  const invalid = (key: string) =>
    shown[key] ? { 'aria-invalid': true as const, 'aria-describedby': `av-${key}-error` } : {};
  const problem = (key: string) =>
    shown[key] && (
      <p id={`av-${key}-error`} class="av-field-error">
        {shown[key]}
      </p>
    );
  return (
    <PanelFrame heading={heading} confirmLabel={confirmLabel} onSubmit={submit} onClose={onClose}>
      <div ref={form}>
        {labelText && <p class="av-hint">{labelText}</p>}
        {evidence.length > 0 && (
          <ul class="av-evidence" aria-label={t('panelWhy')}>
            {evidence.map((quote) => (
              <li key={quote}>“{quote}”</li>
            ))}
          </ul>
        )}
        <label for="av-company">{t('panelCompany')}</label>
        <input
          id="av-company"
          ref={first}
          value={values.company}
          {...invalid('company')}
          onInput={(e) => set('company', e.currentTarget.value)}
        />
        {problem('company')}
        <label for="av-role">{t('panelRole')}</label>
        <input
          id="av-role"
          value={values.role}
          {...invalid('role')}
          onInput={(e) => set('role', e.currentTarget.value)}
        />
        {problem('role')}
        <label for="av-interview">{t('panelInterview')}</label>
        <input
          id="av-interview"
          type="datetime-local"
          value={values.interviewAt}
          onInput={(e) => set('interviewAt', e.currentTarget.value)}
        />
        <label for="av-decision">{t('panelDecision')}</label>
        <input
          id="av-decision"
          type="date"
          value={values.decisionBy}
          onInput={(e) => set('decisionBy', e.currentTarget.value)}
        />
        <TrackPanelPeople
          rows={values.rows}
          interviewSet={values.interviewAt !== ''}
          errors={shown}
          onChange={setRows}
          container={form}
        />
        <p class="av-hint">{t('panelSuggestions')}</p>
        {sameShown && (
          <fieldset class="av-same-job">
            <legend>
              {t('panelSameJob', sameShown.role, sameShown.company, sameShown.status.replace('_', ' '))}
            </legend>
            <label class="av-choice">
              <input
                type="radio"
                name="av-same-job"
                checked={attach === true}
                onChange={() => setAttach(true)}
              />
              {t('panelSameJobAttach')}
            </label>
            <label class="av-choice">
              <input
                type="radio"
                name="av-same-job"
                checked={attach === false}
                onChange={() => setAttach(false)}
              />
              {t('panelSameJobNew')}
            </label>
          </fieldset>
        )}
      </div>
    </PanelFrame>
  );
}
