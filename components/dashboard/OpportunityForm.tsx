import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { Params, Result } from '@/lib/messaging/protocol';
import type { OpportunityStatus, StoredOpportunity, StoredPerson } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { errorText, orNull, withOffset } from './format';
import { CheckField, FormShell, SelectField, TextField, useRecordId } from './forms';
import { options, statuses, statusLabel } from './labels';
import { opportunityHref } from './routes';

type Culture = 'traditional' | 'modern' | '';

/** The open opportunity a new one would duplicate (the `sameJob` answer). */
type SameJob = NonNullable<Result<'sameJob'>>;

/** The status in the user's words; the raw value if it is not one the dashboard knows. */
const sameStatus = (status: string) =>
  (statuses as readonly string[]).includes(status) ? statusLabel(status as OpportunityStatus) : status;

interface Props {
  /** The opportunity to edit; null to add one. */
  initial: StoredOpportunity | null;
  people: StoredPerson[];
  onSaved: (saved: StoredOpportunity) => void;
  onCancel?: () => void;
}

/** An opportunity's record without the store's own fields, ready to save again. */
export function opportunityInput(o: StoredOpportunity): Params<'saveOpportunity'> {
  const { createdAt: _created, updatedAt: _updated, ...rest } = o;
  return rest;
}

/**
 * Add an opportunity by hand, or edit one: company, role, status and what the playbook uses.
 * A new one for a job the user already follows (same company and role, lib/model/jobs.ts) is
 * not saved silently: the form names the open one, links to it, and saves only on "add it
 * anyway".
 */
export function OpportunityForm({ initial, people, onSaved, onCancel }: Props) {
  const id = useRecordId(initial?.id);
  const [company, setCompany] = useState(initial?.company ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [status, setStatus] = useState<OpportunityStatus>(initial?.status ?? 'applied');
  const [culture, setCulture] = useState<Culture>(initial?.culture ?? '');
  const [payDiscussed, setPayDiscussed] = useState(initial?.payDiscussed ?? false);
  const [blurb, setBlurb] = useState(initial?.blurb ?? '');
  const [referredBy, setReferredBy] = useState(initial?.referredBy ?? '');
  const [location, setLocation] = useState(initial?.location ?? '');
  const [jobUrl, setJobUrl] = useState(initial?.jobUrl ?? '');
  // The open opportunity for the same job, for the company and role it was asked about.
  const [same, setSame] = useState<{ key: string; job: SameJob; asked: number } | null>(null);
  const [anywayBusy, setAnywayBusy] = useState(false);
  const [anywayError, setAnywayError] = useState<string | null>(null);
  const sameId = useId();
  const openLink = useRef<HTMLAnchorElement>(null);

  // Changing the company or the role withdraws the question: the next save asks again.
  const key = `${company.trim()}\n${role.trim()}`;
  const sameShown = same && same.key === key ? same.job : null;

  // The question appears: focus goes to its first answer, opening the one already followed.
  useEffect(() => {
    if (same) openLink.current?.focus();
  }, [same?.asked]);

  const save = async () => {
    const fields = {
      company: company.trim(),
      role: role.trim(),
      status,
      culture: culture === '' ? null : culture,
      payDiscussed,
      blurb: orNull(blurb),
      referredBy: referredBy === '' ? null : referredBy,
      location: orNull(location),
      jobUrl: orNull(jobUrl),
    };
    const params: Params<'saveOpportunity'> = initial
      ? { ...opportunityInput(initial), ...fields }
      : { ...fields, id, appliedAt: withOffset(new Date()) };
    onSaved(await call('saveOpportunity', params));
  };

  const submit = async () => {
    if (!company.trim() || !role.trim()) return t('dashNeedCompanyRole');
    if (!initial) {
      const job = await call('sameJob', { company: company.trim(), role: role.trim() });
      // The same job under this form's own id is this opportunity, saved by an attempt whose
      // answer was lost: saving again overwrites it.
      if (job && job.id !== id) {
        setAnywayError(null);
        setSame({ key, job, asked: (same?.asked ?? 0) + 1 });
        return;
      }
    }
    setSame(null);
    await save();
  };

  const addAnyway = async () => {
    if (anywayBusy) return;
    setAnywayBusy(true);
    setAnywayError(null);
    try {
      await save();
    } catch (e) {
      setAnywayError(errorText(e));
    }
    setAnywayBusy(false);
  };

  return (
    <FormShell
      heading={initial ? t('dashEditOpportunity') : t('dashNewHeading')}
      submitLabel={initial ? t('save') : t('dashAddOpportunity')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div class="grid">
        <TextField label={t('dashFieldCompany')} value={company} onInput={setCompany} required />
        <TextField label={t('dashFieldRole')} value={role} onInput={setRole} required />
        <SelectField
          label={t('dashFieldStatus')}
          value={status}
          options={options(statuses, statusLabel)}
          onChange={setStatus}
        />
        <SelectField<Culture>
          label={t('dashFieldCulture')}
          value={culture}
          options={[
            ['', t('dashUnknown')],
            ['traditional', t('dashCultureTraditional')],
            ['modern', t('dashCultureModern')],
          ]}
          onChange={setCulture}
        />
        <TextField label={t('dashFieldLocation')} value={location} onInput={setLocation} />
        <TextField label={t('dashFieldJobUrl')} value={jobUrl} onInput={setJobUrl} type="url" />
        {initial && (
          <SelectField
            label={t('dashFieldReferredBy')}
            value={referredBy}
            options={[['', t('dashNobody')], ...people.map((p) => [p.id, p.name] as const)]}
            onChange={setReferredBy}
          />
        )}
      </div>
      <CheckField label={t('dashFieldPayDiscussed')} checked={payDiscussed} onChange={setPayDiscussed} />
      <TextField
        label={t('dashFieldBlurb')}
        value={blurb}
        onInput={setBlurb}
        multiline
        hint={t('dashFieldBlurbHint')}
      />
      {sameShown && (
        <div class="confirm" role="group" aria-labelledby={sameId}>
          <p id={sameId} role="alert">
            {t('dashSameJob', sameShown.role, sameShown.company, sameStatus(sameShown.status))}
          </p>
          {anywayError && (
            <p class="error" role="alert">
              {anywayError}
            </p>
          )}
          <div class="actions">
            <a ref={openLink} href={opportunityHref(sameShown.id)}>
              {t('dashSameJobOpen')}
            </a>
            <button
              type="button"
              disabled={anywayBusy}
              aria-busy={anywayBusy}
              onClick={() => void addAnyway()}
            >
              {anywayBusy ? t('saving') : t('dashSameJobAnyway')}
            </button>
          </div>
        </div>
      )}
    </FormShell>
  );
}
