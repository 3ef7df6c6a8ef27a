import { useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { Params } from '@/lib/messaging/protocol';
import type { OpportunityStatus, StoredOpportunity, StoredPerson } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { orNull, withOffset } from './format';
import { CheckField, FormShell, SelectField, TextField } from './forms';
import { options, statuses, statusLabel } from './labels';

type Culture = 'traditional' | 'modern' | '';

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

/** Add an opportunity by hand, or edit one: company, role, status and what the playbook uses. */
export function OpportunityForm({ initial, people, onSaved, onCancel }: Props) {
  const [company, setCompany] = useState(initial?.company ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [status, setStatus] = useState<OpportunityStatus>(initial?.status ?? 'applied');
  const [culture, setCulture] = useState<Culture>(initial?.culture ?? '');
  const [payDiscussed, setPayDiscussed] = useState(initial?.payDiscussed ?? false);
  const [blurb, setBlurb] = useState(initial?.blurb ?? '');
  const [referredBy, setReferredBy] = useState(initial?.referredBy ?? '');
  const [location, setLocation] = useState(initial?.location ?? '');
  const [jobUrl, setJobUrl] = useState(initial?.jobUrl ?? '');

  const submit = async () => {
    if (!company.trim() || !role.trim()) return t('dashNeedCompanyRole');
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
      : { ...fields, appliedAt: withOffset(new Date()) };
    onSaved(await call('saveOpportunity', params));
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
    </FormShell>
  );
}
