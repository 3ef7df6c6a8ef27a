import { useEffect, useRef, useState } from 'preact/hooks';
import { PanelFrame } from './PanelFrame';
import type { PersonRole } from '@/lib/model';

export interface OpportunityChoice {
  id: string;
  company: string;
  role: string;
}

export interface PersonPanelValues {
  /** An existing opportunity's id, or '' for a new one. */
  opportunityId: string;
  company: string;
  role: string;
  personRole: PersonRole;
}

interface Props {
  name: string;
  headline: string | null;
  choices: OpportunityChoice[];
  /** The profile's current company, to prefill a new opportunity. */
  company: string | null;
  onConfirm: (values: PersonPanelValues) => Promise<void>;
  onClose: () => void;
}

const roles: Array<[PersonRole, string]> = [
  ['interviewer', 'Interviewer'],
  ['hiring_manager', 'Hiring manager'],
  ['recruiter', 'Recruiter'],
  ['agency_consultant', 'Agency consultant'],
  ['referrer', 'Referrer'],
  ['reference', 'Reference'],
];

/**
 * Attach a LinkedIn profile's person to an opportunity (or a new one, company prefilled)
 * with their part in it. Escape or Cancel closes it without writing anything.
 */
export function PersonPanel({ name, headline, choices, company, onConfirm, onClose }: Props) {
  const [values, setValues] = useState<PersonPanelValues>({
    opportunityId:
      choices.find((c) => company && c.company.toLowerCase() === company.toLowerCase())?.id ?? '',
    company: company ?? '',
    role: '',
    personRole: 'interviewer',
  });
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof PersonPanelValues>(key: K, value: PersonPanelValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const isNew = values.opportunityId === '';

  const submit = async () => {
    if (isNew && (!values.company.trim() || !values.role.trim())) {
      return 'Add the company and the role of the new opportunity.';
    }
    await onConfirm(values);
  };

  return (
    <PanelFrame heading="Add to follow-ups" confirmLabel="Save" onSubmit={submit} onClose={onClose}>
      <p class="av-hint">
        {name}
        {headline ? ` — ${headline}` : ''}
      </p>
      <label for="av-opportunity">Opportunity</label>
      <select
        id="av-opportunity"
        ref={first}
        value={values.opportunityId}
        onChange={(e) => set('opportunityId', e.currentTarget.value)}
      >
        <option value="">New opportunity…</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.company} — {c.role}
          </option>
        ))}
      </select>
      {isNew && (
        <>
          <label for="av-company">Company</label>
          <input
            id="av-company"
            value={values.company}
            onInput={(e) => set('company', e.currentTarget.value)}
          />
          <label for="av-role">Role you applied for</label>
          <input id="av-role" value={values.role} onInput={(e) => set('role', e.currentTarget.value)} />
        </>
      )}
      <label for="av-person-role">{name} is your…</label>
      <select
        id="av-person-role"
        value={values.personRole}
        onChange={(e) => set('personRole', e.currentTarget.value as PersonRole)}
      >
        {roles.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </PanelFrame>
  );
}
