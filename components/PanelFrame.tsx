import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  heading: string;
  confirmLabel: string;
  /** Save; resolve with a message to show it instead (what is missing), throw to show the error. */
  onSubmit: () => Promise<string | void>;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The frame of Afterview's in-page panels: a labelled modal dialog over a backdrop, Escape
 * or Cancel to close without writing, a busy state while saving, and errors in words.
 */
export function PanelFrame({ heading, confirmLabel, onSubmit, onClose, children }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const problem = await onSubmit();
      if (problem) setError(problem);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(false);
  };

  return (
    <div
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div class="av-backdrop" onClick={onClose} />
      <form class="av-panel" role="dialog" aria-modal="true" aria-labelledby="av-heading" onSubmit={submit}>
        <h2 id="av-heading">{heading}</h2>
        {children}
        {error && (
          <p class="av-error" role="alert">
            {error}
          </p>
        )}
        <div class="av-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="av-primary" disabled={busy}>
            {busy ? 'Saving…' : confirmLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
