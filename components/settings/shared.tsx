/** The message of whatever a call threw (the background's errors name the record and field). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a section last did, for its status line (role="status") or error (role="alert"). */
export type Outcome =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

export const idle: Outcome = { kind: 'idle' };

/** A section's last outcome: a polite status when it went well, an alert when it did not. */
export function Status({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p role="status" class="av-ok">
        {outcome.kind === 'ok' ? outcome.text : ''}
      </p>
      {outcome.kind === 'error' && (
        <p role="alert" class="av-error">
          {outcome.text}
        </p>
      )}
    </>
  );
}
