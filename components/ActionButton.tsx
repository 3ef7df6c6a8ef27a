import { useEffect, useState } from 'preact/hooks';

interface Props {
  label: string;
  /** Runs on click; what it resolves with is said beside the button. */
  action: () => Promise<string>;
  /** How a failure starts ("Could not insert"): the error's message follows. */
  failure: string;
  /** Replace the button with its note once it has run (a one-time action). */
  once?: boolean;
  /** Show a live "length/limit" counter for this field. */
  counter?: { field: HTMLTextAreaElement; limit: number };
}

/**
 * An in-page button that runs one async action and says what happened next to it, in a
 * status line. Shared by Afterview's in-page insert and track buttons.
 */
export function ActionButton({ label, action, failure, once = false, counter }: Props) {
  const [note, setNote] = useState<string | null>(null);
  const [length, setLength] = useState(counter?.field.value.length ?? 0);
  useEffect(() => {
    const field = counter?.field;
    if (!field) return;
    const count = () => setLength(field.value.length);
    field.addEventListener('input', count);
    return () => field.removeEventListener('input', count);
  }, [counter]);

  const run = () => {
    action()
      .then(setNote)
      .catch((error: unknown) =>
        setNote(`${failure}: ${error instanceof Error ? error.message : String(error)}`),
      );
  };

  return (
    <span>
      {!(once && note !== null) && (
        <button type="button" class="av-button" onClick={run}>
          {label}
        </button>
      )}
      {counter && (
        <span class="av-note" aria-live="polite" data-counter>
          {length}/{counter.limit}
        </span>
      )}
      {note && (
        <span class="av-note" role="status">
          {note}
        </span>
      )}
    </span>
  );
}
