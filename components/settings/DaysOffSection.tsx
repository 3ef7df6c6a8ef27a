import { useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { z } from 'zod';
import { call } from '@/lib/messaging/client';
import { UserSettings } from '@/lib/model';
import { parseDay } from '@/lib/time/calendar';
import { dayOffEntry, dayOffSpan, MAX_DAYS_OFF, MAX_RANGE_DAYS } from '@/lib/time/days-off';
import { holidayCountryCodes } from '@/lib/time/holiday-countries';
import { t } from '@/lib/ui/i18n';
import { describeIssue } from './ProfileForm';
import { errorMessage, idle, type Outcome, Status } from './shared';

const MS_PER_DAY = 86_400_000;

/** Date inputs and the list, in the page's own look (style.ts styles the other inputs). */
const daysOffCss = `
.av-settings input[type='date'] {
  font: inherit; color: inherit; background: transparent;
  border: 1px solid var(--av-line); border-radius: 6px; padding: 5px 8px;
}
.av-settings .av-days-off { list-style: none; margin: 4px 0 8px; padding: 0; }
.av-settings .av-days-off li { display: flex; gap: 10px; align-items: center; padding: 3px 0; }
.av-settings .av-days-off li span { min-width: 16em; }
`;

/** The library's countries by name in the browser's language ("Germany", "United States"). */
function countries(): Array<{ code: string; name: string }> {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(undefined, { type: 'region' });
  } catch {
    // An old runtime: the codes themselves.
  }
  return holidayCountryCodes
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "Thu, Dec 24, 2026", or "Mon, Dec 28, 2026 to Fri, Jan 1, 2027" for a range. */
export function dayOffLabel(entry: string): string {
  const span = dayOffSpan(entry);
  if (!span) return entry;
  const [first, last] = span.map((day) => dateFormat.format(new Date(day * MS_PER_DAY)));
  return span[0] === span[1] ? first! : t('daysOffRange', first!, last!);
}

/** By first day, then by last. */
function sorted(entries: readonly string[]): string[] {
  return [...entries].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((entry, i) => entry === b[i]);

/**
 * Days off: the country whose public holidays count, and the user's own days off (single
 * days or several in a row). Edits stay here until "Save days off", which checks them
 * against the settings schema and saves them with the rest of the settings.
 */
export function DaysOffSection({
  settings,
  onSaved,
}: {
  settings: UserSettings;
  onSaved: (settings: UserSettings) => void;
}) {
  const id = useId();
  const options = useMemo(countries, []);
  const savedCountry = settings.holidayCountry ?? '';
  const savedEntries = useMemo(() => sorted(settings.daysOff), [settings.daysOff]);
  const [country, setCountry] = useState(savedCountry);
  const [entries, setEntries] = useState<string[]>(savedEntries);
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const [listNote, setListNote] = useState('');
  const [removed, setRemoved] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(idle);
  const [invalid, setInvalid] = useState<string | null>(null);

  const fromInput = useRef<HTMLInputElement>(null);
  const untilInput = useRef<HTMLInputElement>(null);
  const countrySelect = useRef<HTMLSelectElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  // Where the keyboard goes after the list changes: Undo after a removal, the entry back.
  const focusNext = useRef<{ kind: 'undo' } | { kind: 'entry'; entry: string } | null>(null);

  // A layout effect: it runs as the list is drawn, so it always sees this change's target.
  useLayoutEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next?.kind === 'undo') undoButton.current?.focus();
    if (next?.kind === 'entry') removeButtons.current.get(next.entry)?.focus();
  }, [entries, removed]);

  const dirty = country !== savedCountry || !sameList(entries, savedEntries);
  const touched = () => {
    if (outcome.kind !== 'busy') setOutcome(idle);
  };

  const add = (event: Event) => {
    event.preventDefault();
    const problem = (text: string, input: HTMLInputElement | null) => {
      setAddProblem(text);
      input?.focus();
    };
    if (!from) return problem(t('daysOffMissingDate'), fromInput.current);
    const first = parseDay(from);
    const last = until ? parseDay(until) : first;
    if (!Number.isFinite(first)) return problem(t('daysOffBadDate'), fromInput.current);
    if (!Number.isFinite(last)) return problem(t('daysOffBadDate'), untilInput.current);
    if (last < first) return problem(t('daysOffEndsBefore'), untilInput.current);
    if (last - first + 1 > MAX_RANGE_DAYS) {
      return problem(t('daysOffTooLong', MAX_RANGE_DAYS), untilInput.current);
    }
    const entry = dayOffEntry(first, last);
    if (!dayOffSpan(entry)) return problem(t('daysOffBadDate'), fromInput.current);
    if (entries.includes(entry)) return problem(t('daysOffDuplicate', dayOffLabel(entry)), fromInput.current);
    if (entries.length >= MAX_DAYS_OFF) return problem(t('daysOffFull', MAX_DAYS_OFF), fromInput.current);

    setEntries(sorted([...entries, entry]));
    setFrom('');
    setUntil('');
    setAddProblem(null);
    setRemoved(null);
    setListNote(t('daysOffAdded', dayOffLabel(entry)));
    touched();
    fromInput.current?.focus();
  };

  const remove = (entry: string) => {
    setEntries(entries.filter((e) => e !== entry));
    setRemoved(entry);
    setListNote(t('daysOffRemoved', dayOffLabel(entry)));
    focusNext.current = { kind: 'undo' };
    touched();
  };

  const undo = () => {
    if (removed === null) return;
    if (!entries.includes(removed)) setEntries(sorted([...entries, removed]));
    setListNote(t('daysOffRestored', dayOffLabel(removed)));
    focusNext.current = { kind: 'entry', entry: removed };
    setRemoved(null);
    touched();
  };

  const describe = (issue: z.core.$ZodIssue) => {
    const field = String(issue.path[0] ?? '');
    if (field === 'holidayCountry') return t('settingsFieldProblem', t('daysOffCountry'), issue.message);
    if (field === 'daysOff') return t('settingsFieldProblem', t('daysOffOwn'), issue.message);
    return describeIssue(issue);
  };

  const save = async () => {
    const checked = UserSettings.safeParse({
      ...settings,
      holidayCountry: country === '' ? null : country,
      daysOff: entries,
    });
    if (!checked.success) {
      const field = String(checked.error.issues[0]?.path[0] ?? '');
      setInvalid(field);
      setOutcome({ kind: 'error', text: checked.error.issues.slice(0, 3).map(describe).join(' ') });
      if (field === 'holidayCountry') countrySelect.current?.focus();
      else if (field === 'daysOff') fromInput.current?.focus();
      return;
    }
    setInvalid(null);
    setOutcome({ kind: 'busy' });
    try {
      const saved = await call('saveSettings', checked.data);
      setOutcome({ kind: 'ok', text: t('settingsSaved') });
      setRemoved(null);
      setListNote('');
      onSaved(saved);
    } catch (error) {
      setOutcome({ kind: 'error', text: t('settingsNotSaved', errorMessage(error)) });
    }
  };

  return (
    <section class="av-section" aria-labelledby={`${id}-heading`}>
      <style>{daysOffCss}</style>
      <h2 id={`${id}-heading`}>{t('daysOffHeading')}</h2>
      <p class="av-muted">{t('daysOffIntro')}</p>

      <div class="av-field">
        <label for={`${id}-country`}>{t('daysOffCountry')}</label>
        <select
          id={`${id}-country`}
          ref={countrySelect}
          value={country}
          aria-describedby={`${id}-country-hint`}
          aria-invalid={invalid === 'holidayCountry' ? true : undefined}
          onChange={(e) => {
            setCountry(e.currentTarget.value);
            touched();
          }}
        >
          <option value="">{t('daysOffCountryNone')}</option>
          {options.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <p class="av-hint" id={`${id}-country-hint`}>
          {t('daysOffCountryHint')}
        </p>
      </div>

      <div class="av-field">
        <h3 id={`${id}-own`}>{t('daysOffOwn')}</h3>
        {entries.length === 0 ? (
          <p class="av-muted">{t('daysOffOwnEmpty')}</p>
        ) : (
          <ul class="av-days-off" aria-labelledby={`${id}-own`}>
            {entries.map((entry) => (
              <li key={entry} data-day-off={entry}>
                <span>{dayOffLabel(entry)}</span>
                <button
                  type="button"
                  aria-label={t('daysOffRemoveLabel', dayOffLabel(entry))}
                  ref={(button) => {
                    if (button) removeButtons.current.set(entry, button);
                    else removeButtons.current.delete(entry);
                  }}
                  onClick={() => remove(entry)}
                >
                  {t('daysOffRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="av-actions">
          <p role="status" class="av-hint">
            {listNote}
          </p>
          {removed !== null && (
            <button type="button" ref={undoButton} onClick={undo}>
              {t('daysOffUndo')}
            </button>
          )}
        </div>
        <form class="av-row" onSubmit={add} noValidate aria-labelledby={`${id}-own`}>
          <label for={`${id}-from`}>{t('daysOffFrom')}</label>
          <input
            id={`${id}-from`}
            ref={fromInput}
            type="date"
            value={from}
            aria-invalid={addProblem !== null || invalid === 'daysOff' ? true : undefined}
            aria-describedby={addProblem !== null ? `${id}-add-problem` : undefined}
            onInput={(e) => {
              setFrom(e.currentTarget.value);
              setAddProblem(null);
            }}
          />
          <label for={`${id}-until`}>{t('daysOffUntil')}</label>
          <input
            id={`${id}-until`}
            ref={untilInput}
            type="date"
            value={until}
            min={from || undefined}
            onInput={(e) => {
              setUntil(e.currentTarget.value);
              setAddProblem(null);
            }}
          />
          <button type="submit">{t('daysOffAdd')}</button>
        </form>
        {addProblem !== null && (
          <p role="alert" class="av-error" id={`${id}-add-problem`}>
            {addProblem}
          </p>
        )}
      </div>

      <div class="av-actions">
        <button
          type="button"
          class="av-primary"
          disabled={!dirty || outcome.kind === 'busy'}
          onClick={() => void save()}
        >
          {outcome.kind === 'busy' ? t('saving') : t('daysOffSave')}
        </button>
        <Status outcome={outcome} />
      </div>
    </section>
  );
}
