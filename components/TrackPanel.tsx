import { useEffect, useRef, useState } from 'preact/hooks';
import { PanelFrame } from './PanelFrame';
import type { PersonRole } from '@/lib/model';

export interface PanelPerson {
  name: string;
  email: string | null;
  phone: string | null;
  role: PersonRole;
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

interface Props {
  heading: string;
  initial: PanelValues;
  /** Why Afterview thinks this is about a job: the label and quotes from the email. */
  labelText: string | null;
  evidence: string[];
  confirmLabel: string;
  onConfirm: (values: PanelValues) => Promise<void>;
  onClose: () => void;
}

const roles: Array<[PersonRole, string]> = [
  ['recruiter', 'Recruiter'],
  ['interviewer', 'Interviewer'],
  ['hiring_manager', 'Hiring manager'],
  ['agency_consultant', 'Agency consultant'],
  ['referrer', 'Referrer'],
  ['reference', 'Reference'],
];

/**
 * The in-page panel that confirms what to track. Everything is a suggestion the user can
 * change; Escape or Cancel closes it without writing anything.
 */
export function TrackPanel({
  heading,
  initial,
  labelText,
  evidence,
  confirmLabel,
  onConfirm,
  onClose,
}: Props) {
  const [values, setValues] = useState(initial);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const set = <K extends keyof PanelValues>(key: K, value: PanelValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setPerson = (index: number, person: Partial<PanelPerson>) =>
    set(
      'people',
      values.people.map((p, i) => (i === index ? { ...p, ...person } : p)),
    );

  const submit = async () => {
    if (!values.company.trim() || !values.role.trim()) {
      return 'Add the company and the role: Afterview needs both to plan your follow-ups.';
    }
    await onConfirm(values);
  };

  return (
    <PanelFrame heading={heading} confirmLabel={confirmLabel} onSubmit={submit} onClose={onClose}>
      {labelText && <p class="av-hint">{labelText}</p>}
      {evidence.length > 0 && (
        <ul class="av-evidence" aria-label="Why Afterview suggests this">
          {evidence.map((quote) => (
            <li key={quote}>“{quote}”</li>
          ))}
        </ul>
      )}
      <label for="av-company">Company</label>
      <input
        id="av-company"
        ref={first}
        value={values.company}
        onInput={(e) => set('company', e.currentTarget.value)}
      />
      <label for="av-role">Role</label>
      <input id="av-role" value={values.role} onInput={(e) => set('role', e.currentTarget.value)} />
      <label for="av-interview">Interview (your time)</label>
      <input
        id="av-interview"
        type="datetime-local"
        value={values.interviewAt}
        onInput={(e) => set('interviewAt', e.currentTarget.value)}
      />
      <label for="av-decision">They will decide by</label>
      <input
        id="av-decision"
        type="date"
        value={values.decisionBy}
        onInput={(e) => set('decisionBy', e.currentTarget.value)}
      />
      {values.people.length > 0 && (
        <fieldset style="border:0;padding:0;margin:10px 0 0">
          <legend style="font-weight:600;font-size:13px">People</legend>
          {values.people.map((person, index) => (
            <div class="av-person" key={person.email ?? person.name}>
              <input
                aria-label={`Name of person ${index + 1}`}
                value={person.name}
                onInput={(e) => setPerson(index, { name: e.currentTarget.value })}
              />
              <select
                aria-label={`Role of ${person.name}`}
                value={person.role}
                onChange={(e) => setPerson(index, { role: e.currentTarget.value as PersonRole })}
              >
                {roles.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      )}
      <p class="av-hint">These are suggestions read from the email. Check them before you track.</p>
    </PanelFrame>
  );
}
