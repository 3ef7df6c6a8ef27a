import { useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { Channel, PersonRole, StoredPerson } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { orNull } from './format';
import { FormShell, SelectField, TextField, useRecordId } from './forms';
import { channelLabel, channels, options, personRoles, roleLabel } from './labels';

interface Props {
  opportunityId: string;
  /** The person to edit; null to add one. */
  initial: StoredPerson | null;
  onSaved: () => void;
  onCancel: () => void;
}

/** Add or edit someone on the opportunity: how to reach them and when. */
export function PersonForm({ opportunityId, initial, onSaved, onCancel }: Props) {
  const id = useRecordId(initial?.id);
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<PersonRole>(initial?.role ?? 'interviewer');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [linkedinUrl, setLinkedinUrl] = useState(initial?.linkedinUrl ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [prefers, setPrefers] = useState<Channel | ''>(initial?.prefers ?? '');
  const [from, setFrom] = useState(initial?.bestTime?.[0] ?? '');
  const [to, setTo] = useState(initial?.bestTime?.[1] ?? '');

  const submit = async () => {
    if (!name.trim()) return t('dashNeedName');
    if ((from === '') !== (to === '')) return t('dashNeedBothTimes');
    await call('savePerson', {
      id,
      opportunityId,
      name: name.trim(),
      role,
      email: orNull(email),
      phone: orNull(phone),
      linkedinUrl: orNull(linkedinUrl),
      title: orNull(title),
      prefers: prefers === '' ? null : prefers,
      bestTime: from && to ? [from, to] : null,
    });
    onSaved();
  };

  return (
    <FormShell
      heading={initial ? t('dashEditPersonHeading', initial.name) : t('dashAddPersonHeading')}
      submitLabel={initial ? t('save') : t('dashAddPerson')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div class="grid">
        <TextField label={t('dashFieldName')} value={name} onInput={setName} required />
        <SelectField
          label={t('dashFieldPersonRole')}
          value={role}
          options={options(personRoles, roleLabel)}
          onChange={setRole}
        />
        <TextField label={t('dashFieldTitle')} value={title} onInput={setTitle} />
        <TextField label={t('dashFieldEmail')} value={email} onInput={setEmail} type="email" />
        <TextField label={t('dashFieldPhone')} value={phone} onInput={setPhone} type="tel" />
        <TextField label={t('dashFieldLinkedin')} value={linkedinUrl} onInput={setLinkedinUrl} type="url" />
        <SelectField<Channel | ''>
          label={t('dashFieldPrefers')}
          value={prefers}
          options={[['', t('dashNoPreference')], ...options(channels, channelLabel)]}
          onChange={setPrefers}
        />
        <TextField label={t('dashFieldBestFrom')} value={from} onInput={setFrom} type="time" />
        <TextField label={t('dashFieldBestTo')} value={to} onInput={setTo} type="time" />
      </div>
    </FormShell>
  );
}
