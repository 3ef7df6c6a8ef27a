import { z } from 'zod';
import type { PersonRole } from '@/lib/model';
import { EmailAddress } from '@/lib/model/inputs';
import { t } from '@/lib/ui/i18n';
import type { MessageKey } from '@/lib/ui/strings';

/**
 * The Track panel's rows and how they are checked before anything is sent: pure, so the
 * rules are tested apart from the form.
 */

/** The tracking record takes at most this many people (TrackThreadParams). */
export const MAX_PEOPLE = 20;

/** One person as the panel edits them. */
export interface PanelRow {
  /** Stable while the panel is open, so a row keeps its focus as its name changes. */
  key: number;
  name: string;
  /** '' when there is none. */
  email: string;
  phone: string | null;
  role: PersonRole;
  inInterview: boolean;
  /** The user ticked or unticked "was in the interview": a role change no longer sets it. */
  ticked: boolean;
  /** Removed, and undoable while the panel is open; never sent. */
  removed: boolean;
}

/** Interviewers and hiring managers were in the interview unless the user says otherwise. */
export const metByDefault = (role: PersonRole): boolean =>
  role === 'interviewer' || role === 'hiring_manager';

let keys = 0;

/** A suggested person as a row: in the interview if the understanding says so, or by role. */
export function rowFor(person: {
  name: string;
  email: string | null;
  phone: string | null;
  role: PersonRole;
  inInterview?: boolean;
}): PanelRow {
  return {
    key: ++keys,
    name: person.name,
    email: person.email ?? '',
    phone: person.phone,
    role: person.role,
    inInterview: person.inInterview ?? metByDefault(person.role),
    ticked: false,
    removed: false,
  };
}

/** A person the user adds: most often someone they met. */
export function newRow(): PanelRow {
  return rowFor({ name: '', email: null, phone: null, role: 'interviewer' });
}

// Messages are keys here, put into words when shown.
const required = (missing: MessageKey) => z.string().trim().min(1, missing).max(300, 'panelErrTooLong');
const PersonCheck = z.object({
  name: z.string().trim().min(1, 'panelErrName').max(300, 'panelErrNameLong'),
  email: z
    .string()
    .trim()
    .refine((email) => email === '' || EmailAddress.safeParse(email).success, 'panelErrEmail'),
});
const PanelCheck = z.object({
  company: required('panelErrCompany'),
  role: required('panelErrRole'),
  people: z.array(PersonCheck).max(MAX_PEOPLE, 'panelTooMany'),
});

export interface CheckedPerson {
  name: string;
  email: string | null;
  phone: string | null;
  role: PersonRole;
  inInterview: boolean;
}

export type PanelCheckResult =
  | { ok: true; people: CheckedPerson[]; errors: Record<string, string> }
  | {
      ok: false;
      /** What the panel says under its buttons. */
      problem: MessageKey;
      /** Words beside each field: `company`, `role`, `<row key>.name`, `<row key>.email`. */
      errors: Record<string, string>;
    };

export function checkPanel(values: { company: string; role: string; rows: PanelRow[] }): PanelCheckResult {
  const live = values.rows.filter((row) => !row.removed);
  const number = (row: PanelRow) => values.rows.indexOf(row) + 1;
  const errors: Record<string, string> = {};
  const parsed = PanelCheck.safeParse({
    company: values.company,
    role: values.role,
    people: live.map((row) => ({ name: row.name, email: row.email })),
  });
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [field, index, part] = issue.path;
    const key =
      field === 'people' && typeof index === 'number' ? `${live[index]?.key}.${String(part)}` : String(field);
    errors[key] ??= t(issue.message as MessageKey, MAX_PEOPLE);
  }
  // One address, one person: the second row with it is the one to fix.
  const seen = new Map<string, PanelRow>();
  for (const row of live) {
    const email = row.email.trim().toLowerCase();
    if (!email) continue;
    const earlier = seen.get(email);
    if (earlier) errors[`${row.key}.email`] ??= t('panelErrEmailTwice', number(earlier));
    else seen.set(email, row);
  }
  if (Object.keys(errors).length > 0) {
    const head = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] !== 'people');
    const problem: MessageKey = !head
      ? 'panelFixPeople'
      : head.code === 'too_big'
        ? 'panelCompanyRoleTooLong'
        : 'panelNeedCompanyRole';
    return { ok: false, problem, errors };
  }
  return {
    ok: true,
    errors,
    people: live.map((row) => ({
      name: row.name.trim(),
      email: row.email.trim() || null,
      phone: row.phone,
      role: row.role,
      inInterview: row.inInterview,
    })),
  };
}
