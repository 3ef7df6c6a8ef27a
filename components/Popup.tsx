import { useEffect, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { SiteRecord } from '@/lib/messaging/protocol';
import { SiteStatusList } from './SiteStatusList';

type Load =
  { state: 'loading' } | { state: 'ready'; sites: SiteRecord[] } | { state: 'error'; message: string };

/** The toolbar popup. For now: where Afterview is connected. */
export function Popup() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    call('siteStatus', {}).then(
      (sites) => setLoad({ state: 'ready', sites }),
      (error: unknown) =>
        setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  return (
    <main>
      <h1>Afterview</h1>
      <p class="muted">Follow-ups after your interviews, kept on this device.</p>
      <h2 id="sites-heading">Where Afterview is on</h2>
      {load.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {load.state === 'error' && <p role="alert">Afterview could not load its data: {load.message}</p>}
      {load.state === 'ready' && <SiteStatusList sites={load.sites} now={new Date()} />}
    </main>
  );
}
