import { useEffect, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { PopupData, SiteRecord } from '@/lib/messaging/protocol';
import { DueList } from './DueList';
import { SiteStatusList } from './SiteStatusList';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; sites: SiteRecord[]; due: PopupData }
  | { state: 'error'; message: string };

/** The toolbar popup: what is due, and where Afterview is connected. */
export function Popup() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    Promise.all([call('siteStatus', {}), call('popupData', {})]).then(
      ([sites, due]) => setLoad({ state: 'ready', sites, due }),
      (error: unknown) =>
        setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  return (
    <main>
      <h1>Afterview</h1>
      <p class="muted">Follow-ups after your interviews, kept on this device.</p>
      {load.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {load.state === 'error' && <p role="alert">Afterview could not load its data: {load.message}</p>}
      {load.state === 'ready' && (
        <>
          <h2>Follow-ups</h2>
          <DueList data={load.due} locale={navigator.language || 'en-US'} />
          <h2 id="sites-heading">Where Afterview is on</h2>
          <SiteStatusList sites={load.sites} now={new Date()} />
        </>
      )}
    </main>
  );
}
