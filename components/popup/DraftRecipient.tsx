import { useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { DraftView } from '@/lib/messaging/ui';
import { EmailAddress } from '@/lib/model/inputs';
import { t } from '@/lib/ui/i18n';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The address the links use: the typed one when it looks like an address, else none. */
export function usableAddress(typed: string): string | null {
  const parsed = EmailAddress.safeParse(typed);
  return typed.trim() && parsed.success ? parsed.data : null;
}

/** Only https links are shown: a profile URL typed on the dashboard could be anything. */
const safeUrl = (url: string | null) => (url && /^https:\/\//i.test(url) ? url : null);

/**
 * Whom the message goes to: "To: Name <address>" with the address to change for this message
 * (checked; the send links use it) and save to the person if the user wants; the number for
 * a call, the profile for LinkedIn; and why it is not the task's person, or whom to find.
 */
export function DraftRecipient(props: {
  draft: DraftView;
  /** The address as typed for this message. */
  to: string;
  onTo: (to: string) => void;
  /** The address was saved to the person: the draft's recipient has it now. */
  onSaved: (email: string) => void;
}) {
  const { draft, to } = props;
  const recipient = draft.recipient;
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<{ text: string; alert: boolean } | null>(null);

  const name = recipient?.name ?? null;
  const line = (() => {
    if (!recipient) return t('draftToLine', t('draftToNobodyYet'));
    switch (draft.channel) {
      case 'email': {
        const address = usableAddress(to);
        return t(
          'draftToLine',
          address ? t('draftToNameAddress', recipient.name, address) : t('draftToNoAddress', recipient.name),
        );
      }
      case 'phone':
      case 'voicemail':
        return t(
          'draftToLine',
          recipient.phone
            ? t('draftToWithNumber', recipient.name, recipient.phone)
            : t('draftToNoNumber', recipient.name),
        );
      case 'linkedin':
      case 'linkedin_note':
        return safeUrl(recipient.linkedinUrl)
          ? null
          : t('draftToLine', t('draftToNoProfile', recipient.name));
      default:
        return t('draftToLine', recipient.name);
    }
  })();
  const profile =
    draft.channel === 'linkedin' || draft.channel === 'linkedin_note'
      ? safeUrl(recipient?.linkedinUrl ?? null)
      : null;

  const isEmail = draft.channel === 'email';
  const address = usableAddress(to);
  const invalid = to.trim() !== '' && address === null;
  const stored = recipient?.email?.toLowerCase() ?? '';
  const changed = address !== null && address.toLowerCase() !== stored;
  const canSave = Boolean(recipient?.id) && changed;

  const save = async () => {
    if (!recipient?.id || !address) return;
    setSaving(true);
    try {
      const person = await call('setPersonEmail', {
        opportunityId: draft.opportunityId,
        personId: recipient.id,
        email: address,
      });
      props.onSaved(person.email ?? address);
      setNote({ text: t('draftToSaved', recipient.name, person.email ?? address), alert: false });
    } catch (error) {
      setNote({ text: t('draftToSaveFailed', errorText(error)), alert: true });
    }
    setSaving(false);
  };

  return (
    <div class="to">
      <p class="to-line" data-testid="draft-to">
        {line ?? (
          <>
            {t('draftToLine', '')}
            <a href={profile!} target="_blank" rel="noreferrer">
              {t('draftToProfile', name ?? '')}
            </a>
          </>
        )}
      </p>
      {isEmail && (
        <>
          <label class="field">
            {name ? t('draftToAddressFor', name) : t('draftToAddress')}
            <input
              type="email"
              value={to}
              maxLength={320}
              autocomplete="off"
              aria-invalid={touched && invalid ? true : undefined}
              aria-describedby={
                touched && invalid ? 'draft-to-error' : canSave ? 'draft-to-changed' : undefined
              }
              onInput={(event) => {
                props.onTo(event.currentTarget.value);
                setNote(null);
              }}
              onBlur={() => setTouched(true)}
            />
          </label>
          {touched && invalid && (
            <p id="draft-to-error" class="error small">
              {t('draftToBadAddress')}
            </p>
          )}
          {canSave && (
            <p id="draft-to-changed" class="muted small">
              {t('draftToChanged')}
            </p>
          )}
          {canSave && (
            <button type="button" disabled={saving} onClick={() => void save()}>
              {t('draftToSave', name ?? '')}
            </button>
          )}
        </>
      )}
      {draft.recipientNote && (
        <p class="muted small" data-testid="draft-to-note">
          {draft.recipientNote}
        </p>
      )}
      {note && (
        <p role={note.alert ? 'alert' : 'status'} class={note.alert ? 'error small' : 'ok small'}>
          {note.text}
        </p>
      )}
    </div>
  );
}
