import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { PersonRole } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { MAX_PEOPLE, metByDefault, newRow, type PanelRow } from './track-panel-check';

const roles: PersonRole[] = [
  'recruiter',
  'interviewer',
  'hiring_manager',
  'agency_consultant',
  'referrer',
  'reference',
];

interface Props {
  rows: PanelRow[];
  /** With an interview time, the section asks who was there. */
  interviewSet: boolean;
  /** Words beside a field, by `<row key>.name` and `<row key>.email`. */
  errors: Record<string, string>;
  onChange: (update: (rows: PanelRow[]) => PanelRow[]) => void;
  /** The panel's content, to move focus within its shadow root. */
  container: RefObject<HTMLElement>;
}

/**
 * The people of the Track panel, one row each: name, email, role, and (once an interview
 * time is set) whether they were in it. People can be added, and removed with an undo
 * while the panel is open. Every control is labelled by the person's number ("Name of
 * person 2"); the role also by their name ("Role of Amy Lee").
 */
export function TrackPanelPeople({ rows, interviewSet, errors, onChange, container }: Props) {
  const [focus, setFocus] = useState<string | null>(null);
  // Before the next paint: keys typed right after "Add a person" land in the new row.
  useLayoutEffect(() => {
    if (!focus) return;
    container.current?.querySelector<HTMLElement>(`#${focus}`)?.focus();
    setFocus(null);
  }, [focus, rows, container]);

  const update = (key: number, change: (row: PanelRow) => Partial<PanelRow>) =>
    onChange((all) => all.map((row) => (row.key === key ? { ...row, ...change(row) } : row)));
  const live = rows.filter((row) => !row.removed).length;
  const id = (row: PanelRow, part: string) => `av-p${row.key}-${part}`;

  return (
    <fieldset class="av-people">
      <legend>{interviewSet ? t('panelWhoDidYouMeet') : t('panelPeople')}</legend>
      {interviewSet && <p class="av-hint">{t('panelWhoHint')}</p>}
      {live > 0 && (
        <div class="av-person-head" aria-hidden="true">
          <span>{t('panelColName')}</span>
          <span>{t('panelColEmail')}</span>
          <span>{t('panelColRole')}</span>
        </div>
      )}
      {rows.map((row, index) => {
        const n = index + 1;
        if (row.removed) {
          return (
            <p class="av-removed" key={row.key}>
              {t('panelRemoved', row.name.trim() || t('panelPersonN', n))}{' '}
              <button
                type="button"
                id={id(row, 'undo')}
                class="av-link"
                aria-label={t('panelUndoOf', n)}
                onClick={() => {
                  update(row.key, () => ({ removed: false }));
                  setFocus(id(row, 'name'));
                }}
              >
                {t('panelUndo')}
              </button>
            </p>
          );
        }
        const nameError = errors[`${row.key}.name`];
        const emailError = errors[`${row.key}.email`];
        const name = row.name.trim();
        return (
          <div class="av-person" key={row.key} role="group" aria-label={t('panelPersonN', n)}>
            <div>
              <input
                id={id(row, 'name')}
                aria-label={t('panelNameOf', n)}
                value={row.name}
                autocomplete="off"
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? id(row, 'name-error') : undefined}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  update(row.key, () => ({ name: value }));
                }}
              />
              {nameError && (
                <p id={id(row, 'name-error')} class="av-field-error">
                  {nameError}
                </p>
              )}
            </div>
            <div>
              <input
                id={id(row, 'email')}
                // Text, not "email": the panel says what is wrong in its words, beside the field.
                type="text"
                inputMode="email"
                aria-label={t('panelEmailOf', n)}
                value={row.email}
                autocomplete="off"
                aria-invalid={emailError ? true : undefined}
                aria-describedby={emailError ? id(row, 'email-error') : undefined}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  update(row.key, () => ({ email: value }));
                }}
              />
              {emailError && (
                <p id={id(row, 'email-error')} class="av-field-error">
                  {emailError}
                </p>
              )}
            </div>
            <div>
              {/* Two names, each enough to find it: by number, and by the person's name. */}
              <span hidden id={id(row, 'role-n')}>
                {t('panelRoleOf', n)}
              </span>
              {name && (
                <span hidden id={id(row, 'role-name')}>
                  {t('panelRoleOfName', name)}
                </span>
              )}
              <select
                id={id(row, 'role')}
                aria-labelledby={name ? `${id(row, 'role-n')} ${id(row, 'role-name')}` : id(row, 'role-n')}
                value={row.role}
                onChange={(e) => {
                  const role = e.currentTarget.value as PersonRole;
                  update(row.key, (r) => ({
                    role,
                    inInterview: r.ticked ? r.inInterview : metByDefault(role),
                  }));
                }}
              >
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {t(`panelRole_${role}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="av-person-foot">
              {interviewSet ? (
                <label class="av-check">
                  <input
                    type="checkbox"
                    id={id(row, 'met')}
                    aria-label={t('panelWasThereOf', n)}
                    checked={row.inInterview}
                    onChange={(e) => {
                      const met = e.currentTarget.checked;
                      update(row.key, () => ({ inInterview: met, ticked: true }));
                    }}
                  />
                  {t('panelWasThere')}
                </label>
              ) : (
                <span />
              )}
              <button
                type="button"
                class="av-link"
                aria-label={t('panelRemoveOf', n)}
                onClick={() => {
                  update(row.key, () => ({ removed: true }));
                  setFocus(id(row, 'undo'));
                }}
              >
                {t('panelRemove')}
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        class="av-add"
        disabled={live >= MAX_PEOPLE}
        aria-describedby={live >= MAX_PEOPLE ? 'av-people-max' : undefined}
        onClick={() => {
          const row = newRow();
          onChange((all) => [...all, row]);
          setFocus(id(row, 'name'));
        }}
      >
        {t('panelAddPerson')}
      </button>
      {live >= MAX_PEOPLE && (
        <p id="av-people-max" class="av-hint">
          {t('panelTooMany', MAX_PEOPLE)}
        </p>
      )}
    </fieldset>
  );
}
