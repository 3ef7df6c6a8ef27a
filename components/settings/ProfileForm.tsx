import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { z } from 'zod';
import { call } from '@/lib/messaging/client';
import { type MessageTone as Tone, UserSettings } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { type MessageKey } from '@/lib/ui/strings';
import { errorMessage, idle, type Outcome, Status } from './shared';

type Channel = UserSettings['defaultChannel'];
type MailApp = UserSettings['mailApp'];

/** What the form holds while the user edits: the inputs' own values. */
interface Draft {
  name: string;
  signature: string;
  phone: string;
  timeZone: string;
  workdayStart: string;
  workdayEnd: string;
  defaultChannel: Channel;
  mailApp: MailApp;
  maxUnanswered: string;
  notifications: boolean;
  tone: Tone;
  keepEmailText: boolean;
}

/** Which label names a settings field in an error, and which input to focus for it. */
const fieldLabels: Record<string, MessageKey> = {
  name: 'settingsName',
  signature: 'settingsSignature',
  phone: 'settingsPhone',
  timeZone: 'settingsTimeZone',
  workday: 'settingsWorkday',
  defaultChannel: 'settingsDefaultChannel',
  mailApp: 'settingsMailApp',
  maxUnanswered: 'settingsMaxUnanswered',
  notifications: 'settingsNotifications',
  tone: 'settingsTone',
  keepEmailText: 'settingsKeepEmailText',
};

const channels: Array<[Channel, MessageKey]> = [
  ['email', 'settingsChannelEmail'],
  ['phone', 'settingsChannelPhone'],
  ['linkedin', 'settingsChannelLinkedin'],
];

const mailApps: Array<[MailApp, MessageKey]> = [
  ['auto', 'settingsMailAppAuto'],
  ['gmail', 'settingsMailAppGmail'],
  ['outlook', 'settingsMailAppOutlook'],
];

function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

function timeZones(current: string, browser: string | null): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // An old runtime: the stored and the browser's zones are still offered.
  }
  const extra = [current, browser ?? ''].filter((zone) => zone && !zones.includes(zone));
  return [...extra, ...zones];
}

function draftOf(settings: UserSettings): Draft {
  return {
    name: settings.name,
    signature: settings.signature,
    phone: settings.phone,
    timeZone: settings.timeZone,
    workdayStart: settings.workday[0],
    workdayEnd: settings.workday[1],
    defaultChannel: settings.defaultChannel,
    mailApp: settings.mailApp,
    maxUnanswered: String(settings.maxUnanswered),
    notifications: settings.notifications,
    tone: settings.tone,
    keepEmailText: settings.keepEmailText,
  };
}

/** One problem of the settings in words that name the field: "Working hours: the start must…". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  const label = fieldLabels[field] ? t(fieldLabels[field]) : field || t('settingsTitle');
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return t('settingsFieldTooLong', label, String(issue.maximum));
  }
  return t('settingsFieldProblem', label, issue.message);
}

/** The user's details and schedule, checked against the settings schema before saving. */
export function ProfileForm({
  settings,
  onSaved,
}: {
  settings: UserSettings;
  onSaved: (settings: UserSettings) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [outcome, setOutcome] = useState<Outcome>(idle);
  const [invalid, setInvalid] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const browserZone = useMemo(browserTimeZone, []);
  const zones = useMemo(() => timeZones(settings.timeZone, browserZone), [settings.timeZone, browserZone]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (outcome.kind === 'ok') setOutcome(idle);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const candidate = {
      ...settings,
      name: draft.name.trim(),
      signature: draft.signature.replace(/\s+$/, ''),
      phone: draft.phone.trim(),
      timeZone: draft.timeZone,
      workday: [draft.workdayStart, draft.workdayEnd],
      defaultChannel: draft.defaultChannel,
      mailApp: draft.mailApp,
      maxUnanswered: Number(draft.maxUnanswered),
      notifications: draft.notifications,
      tone: draft.tone,
      keepEmailText: draft.keepEmailText,
    };
    const checked = UserSettings.safeParse(candidate);
    if (!checked.success) {
      const first = checked.error.issues[0];
      const field = String(first?.path[0] ?? '');
      setInvalid(field);
      setOutcome({ kind: 'error', text: checked.error.issues.slice(0, 3).map(describeIssue).join(' ') });
      const target =
        field === 'workday' && first?.path[1] === 0
          ? 'workdayStart'
          : field === 'workday'
            ? 'workdayEnd'
            : field;
      form.current?.querySelector<HTMLElement>(`[data-field="${target}"]`)?.focus();
      return;
    }
    setInvalid(null);
    setOutcome({ kind: 'busy' });
    try {
      const saved = await call('saveSettings', checked.data);
      setOutcome({ kind: 'ok', text: t('settingsSaved') });
      onSaved(saved);
    } catch (error) {
      setOutcome({ kind: 'error', text: t('settingsNotSaved', errorMessage(error)) });
    }
  };

  const field = (name: string) => ({
    id: `${id}-${name}`,
    'data-field': name,
    'aria-invalid':
      invalid === name || (name.startsWith('workday') && invalid === 'workday') ? true : undefined,
  });
  const hint = (name: string) => `${id}-${name}-hint`;

  return (
    <section class="av-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settingsProfileHeading')}</h2>
      <form ref={form} onSubmit={submit} noValidate>
        <div class="av-field">
          <label for={`${id}-name`}>{t('settingsName')}</label>
          <input
            {...field('name')}
            type="text"
            autocomplete="name"
            value={draft.name}
            aria-describedby={hint('name')}
            onInput={(e) => set('name', e.currentTarget.value)}
          />
          <p class="av-hint" id={hint('name')}>
            {t('settingsNameHint')}
          </p>
        </div>
        <div class="av-field">
          <label for={`${id}-signature`}>{t('settingsSignature')}</label>
          <textarea
            {...field('signature')}
            rows={4}
            value={draft.signature}
            aria-describedby={hint('signature')}
            onInput={(e) => set('signature', e.currentTarget.value)}
          />
          <p class="av-hint" id={hint('signature')}>
            {t('settingsSignatureHint')}
          </p>
        </div>
        <div class="av-field">
          <label for={`${id}-phone`}>{t('settingsPhone')}</label>
          <input
            {...field('phone')}
            type="tel"
            autocomplete="tel"
            value={draft.phone}
            aria-describedby={hint('phone')}
            onInput={(e) => set('phone', e.currentTarget.value)}
          />
          <p class="av-hint" id={hint('phone')}>
            {t('settingsPhoneHint')}
          </p>
        </div>
        <div class="av-field">
          <label for={`${id}-timeZone`}>{t('settingsTimeZone')}</label>
          <select
            {...field('timeZone')}
            value={draft.timeZone}
            aria-describedby={hint('timeZone')}
            onChange={(e) => set('timeZone', e.currentTarget.value)}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone === browserZone ? t('settingsThisBrowser', zone) : zone}
              </option>
            ))}
          </select>
          <p class="av-hint" id={hint('timeZone')}>
            {t('settingsTimeZoneHint')}
          </p>
          {browserZone && browserZone !== draft.timeZone && (
            <button type="button" class="av-link" onClick={() => set('timeZone', browserZone)}>
              {t('settingsUseBrowserZone', browserZone)}
            </button>
          )}
        </div>
        <fieldset class="av-field">
          <legend>{t('settingsWorkday')}</legend>
          <p class="av-hint">{t('settingsWorkdayHint')}</p>
          <div class="av-row">
            <label for={`${id}-workdayStart`}>{t('settingsWorkdayStart')}</label>
            <input
              {...field('workdayStart')}
              type="time"
              value={draft.workdayStart}
              onInput={(e) => set('workdayStart', e.currentTarget.value)}
            />
            <label for={`${id}-workdayEnd`}>{t('settingsWorkdayEnd')}</label>
            <input
              {...field('workdayEnd')}
              type="time"
              value={draft.workdayEnd}
              onInput={(e) => set('workdayEnd', e.currentTarget.value)}
            />
          </div>
        </fieldset>
        <div class="av-field">
          <label for={`${id}-defaultChannel`}>{t('settingsDefaultChannel')}</label>
          <select
            {...field('defaultChannel')}
            value={draft.defaultChannel}
            onChange={(e) => set('defaultChannel', e.currentTarget.value as Channel)}
          >
            {channels.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </div>
        <div class="av-field">
          <label for={`${id}-mailApp`}>{t('settingsMailApp')}</label>
          <select
            {...field('mailApp')}
            value={draft.mailApp}
            aria-describedby={hint('mailApp')}
            onChange={(e) => set('mailApp', e.currentTarget.value as MailApp)}
          >
            {mailApps.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
          <p class="av-hint" id={hint('mailApp')}>
            {t('settingsMailAppHint')}
          </p>
        </div>
        <fieldset class="av-field" aria-describedby={hint('maxUnanswered')}>
          <legend>{t('settingsMaxUnanswered')}</legend>
          <p class="av-hint" id={hint('maxUnanswered')}>
            {t('settingsMaxUnansweredHint')}
          </p>
          {['2', '3'].map((n) => (
            <label key={n} class="av-choice">
              <input
                type="radio"
                name={`${id}-maxUnanswered`}
                value={n}
                data-field={n === '2' ? 'maxUnanswered' : undefined}
                checked={draft.maxUnanswered === n}
                onChange={() => set('maxUnanswered', n)}
              />
              {t('settingsMaxUnansweredOption', n)}
            </label>
          ))}
        </fieldset>
        <fieldset class="av-field">
          <legend>{t('settingsTone')}</legend>
          {(
            [
              ['warm', 'settingsToneWarm'],
              ['formal', 'settingsToneFormal'],
            ] as const
          ).map(([value, key]) => (
            <label key={value} class="av-choice">
              <input
                type="radio"
                name={`${id}-tone`}
                value={value}
                checked={draft.tone === value}
                onChange={() => set('tone', value)}
              />
              {t(key)}
            </label>
          ))}
        </fieldset>
        <div class="av-field">
          <label class="av-choice">
            <input
              type="checkbox"
              data-field="notifications"
              checked={draft.notifications}
              onChange={(e) => set('notifications', e.currentTarget.checked)}
            />
            {t('settingsNotifications')}
          </label>
        </div>
        <div class="av-field">
          <label class="av-choice">
            <input
              type="checkbox"
              data-field="keepEmailText"
              checked={draft.keepEmailText}
              aria-describedby={hint('keepEmailText')}
              onChange={(e) => set('keepEmailText', e.currentTarget.checked)}
            />
            {t('settingsKeepEmailText')}
          </label>
          <p class="av-hint" id={hint('keepEmailText')}>
            {t('settingsKeepEmailTextHint')}
          </p>
        </div>
        <div class="av-actions">
          <button type="submit" class="av-primary" disabled={outcome.kind === 'busy'}>
            {outcome.kind === 'busy' ? t('saving') : t('settingsSaveSettings')}
          </button>
          <Status outcome={outcome} />
        </div>
      </form>
    </section>
  );
}
