import { useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { Channel, StoredPerson, TouchPurpose } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { fromLocalInput, orNull, toLocalInput, withOffset } from './format';
import { FormShell, SelectField, TextField, useRecordId } from './forms';
import { channelLabel, channels, options, purposeLabel, purposes } from './labels';

interface Props {
  opportunityId: string;
  people: StoredPerson[];
  onSaved: () => void;
  onCancel: () => void;
}

/** Record one contact by hand: a message sent or received, a call, a letter, news seen (R7). */
export function TouchForm({ opportunityId, people, onSaved, onCancel }: Props) {
  const id = useRecordId(undefined);
  const [at, setAt] = useState(() => toLocalInput(withOffset(new Date())));
  const [person, setPerson] = useState('');
  const [direction, setDirection] = useState<'sent' | 'received'>('sent');
  const [channel, setChannel] = useState<Channel>('email');
  const [purpose, setPurpose] = useState<TouchPurpose>('thank_you');
  const [note, setNote] = useState('');
  const [decisionBy, setDecisionBy] = useState('');
  const [mayCheckBackOn, setMayCheckBackOn] = useState('');

  const submit = async () => {
    const when = fromLocalInput(at);
    if (!when) return t('dashNeedWhen');
    await call('addTouch', {
      id,
      opportunityId,
      at: when,
      person: person === '' ? null : person,
      direction,
      channel,
      purpose,
      note: orNull(note),
      decisionBy: orNull(decisionBy),
      mayCheckBackOn: orNull(mayCheckBackOn),
    });
    onSaved();
  };

  return (
    <FormShell
      heading={t('dashAddTouchHeading')}
      submitLabel={t('dashAddTouch')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div class="grid">
        <TextField label={t('dashFieldWhen')} value={at} onInput={setAt} type="datetime-local" required />
        <SelectField
          label={t('dashFieldPerson')}
          value={person}
          options={[['', t('dashNobody')], ...people.map((p) => [p.id, p.name] as const)]}
          onChange={setPerson}
        />
        <SelectField<'sent' | 'received'>
          label={t('dashFieldDirection')}
          value={direction}
          options={[
            ['sent', t('dashDirection_sent')],
            ['received', t('dashDirection_received')],
          ]}
          onChange={setDirection}
        />
        <SelectField
          label={t('dashFieldChannel')}
          value={channel}
          options={options(channels, channelLabel)}
          onChange={setChannel}
        />
        <SelectField
          label={t('dashFieldPurpose')}
          value={purpose}
          options={options(purposes, purposeLabel)}
          onChange={setPurpose}
        />
        <TextField
          label={t('dashFieldTouchDecision')}
          value={decisionBy}
          onInput={setDecisionBy}
          type="date"
        />
        <TextField
          label={t('dashFieldTouchCheckBack')}
          value={mayCheckBackOn}
          onInput={setMayCheckBackOn}
          type="date"
        />
      </div>
      <TextField label={t('dashFieldNote')} value={note} onInput={setNote} multiline />
    </FormShell>
  );
}
