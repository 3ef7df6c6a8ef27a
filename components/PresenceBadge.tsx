export type PresenceState = 'connecting' | 'connected' | 'unreachable';

const labels: Record<PresenceState, string> = {
  connecting: 'Afterview is starting…',
  connected: 'Afterview is on for this page',
  unreachable: 'Afterview could not reach its background. Reload the page to try again.',
};

interface Props {
  state: PresenceState;
  onHide: () => void;
}

/** A small in-page sign that Afterview is running here, which the user can hide. */
export function PresenceBadge({ state, onHide }: Props) {
  return (
    <div class={`badge badge--${state}`} role="status" data-state={state}>
      <span class="dot" aria-hidden="true" />
      <span class="label">{labels[state]}</span>
      <button type="button" class="hide" aria-label="Hide the Afterview badge" onClick={onHide}>
        ×
      </button>
    </div>
  );
}

export const presenceBadgeCss = `
.badge {
  position: fixed; left: 16px; bottom: 16px; z-index: 2147483000;
  display: inline-flex; align-items: center; gap: 8px;
  padding: 6px 6px 6px 12px; border-radius: 999px;
  font: 500 12px/1.2 system-ui, sans-serif;
  color: #1b2a3a; background: #eef4fb; border: 1px solid #b9cde3;
  box-shadow: 0 1px 3px rgba(0,0,0,.15);
}
.dot { width: 8px; height: 8px; border-radius: 50%; background: #8a9bb0; }
.badge--connected .dot { background: #1f8a4c; }
.badge--unreachable .dot { background: #b3261e; }
.hide {
  border: 0; background: transparent; color: inherit; cursor: pointer;
  font: inherit; font-size: 16px; line-height: 1; padding: 2px 6px; border-radius: 999px;
}
.hide:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .badge { color: #e6edf5; background: #1d2733; border-color: #3a4b5e; }
}
`;
