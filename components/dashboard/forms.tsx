import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import { errorText } from './format';

interface ShellProps {
  heading: string;
  submitLabel: string;
  /** Save; resolve with a message to show it (what is missing), throw to show the error. */
  onSubmit: () => Promise<string | void>;
  onCancel?: () => void;
  children: ComponentChildren;
}

/**
 * An inline form: a heading that names it, one save that either writes everything or
 * nothing, and the background's error beside it in words. The values stay as typed after
 * an error, so nothing is lost.
 */
export function FormShell({ heading, submitLabel, onSubmit, onCancel, children }: ShellProps) {
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const problem = await onSubmit();
      if (problem) setError(problem);
    } catch (e) {
      setError(errorText(e));
    }
    setBusy(false);
  };

  return (
    <form
      class="card form"
      aria-labelledby={headingId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <h3 id={headingId}>{heading}</h3>
      {children}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The id of the record a form saves: the record's own, or one made once when the form opens.
 * Every attempt sends it, so saving again after an error (the first attempt may have been
 * written before the answer was lost) overwrites the same record instead of adding another.
 */
export function useRecordId(existing: string | undefined): string {
  const [id] = useState(() => existing ?? crypto.randomUUID());
  return id;
}

interface TextProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'datetime-local' | 'time' | 'number';
  required?: boolean;
  multiline?: boolean;
  hint?: string;
}

export function TextField({ label, value, onInput, type = 'text', required, multiline, hint }: TextProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    required,
    'aria-describedby': hint ? hintId : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} {...common} />}
      {hint && (
        <span id={hintId} class="muted hint">
          {hint}
        </span>
      )}
    </div>
  );
}

interface SelectProps<V extends string> {
  label: string;
  value: V;
  options: ReadonlyArray<readonly [V, string]>;
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({ label, value, options, onChange }: SelectProps<V>) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as V)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CheckProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckField({ label, checked, onChange }: CheckProps) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

interface ChecksProps<V extends string> {
  legend: string;
  options: ReadonlyArray<readonly [V, string]>;
  selected: readonly V[];
  onChange: (selected: V[]) => void;
}

/** A group of checkboxes with its legend: several of a list (interviewers, channels). */
export function CheckGroup<V extends string>({ legend, options, selected, onChange }: ChecksProps<V>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, text]) => (
        <CheckField
          key={value}
          label={text}
          checked={selected.includes(value)}
          onChange={(on) => onChange(on ? [...selected, value] : selected.filter((item) => item !== value))}
        />
      ))}
    </fieldset>
  );
}

interface ConfirmProps {
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** The confirm step before a change that matters: focused on arrival, Escape cancels. */
export function Confirm({ message, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  const textId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => button.current?.focus(), []);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(errorText(e));
    }
    setBusy(false);
  };

  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={textId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={textId}>{message}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button ref={button} type="button" class="primary" disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
