import { useCallback, useEffect, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { UserSettings } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { DataSection } from './DataSection';
import { DaysOffSection } from './DaysOffSection';
import { ProfileForm } from './ProfileForm';
import { errorMessage } from './shared';
import { settingsCss } from './style';
import { TemplatesSection } from './TemplatesSection';

export { settingsCss } from './style';

type Load =
  { state: 'loading' } | { state: 'ready'; settings: UserSettings } | { state: 'error'; message: string };

/** For the export's file name when the user's own settings cannot be read. */
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface SettingsProps {
  /** The clock, for export file names (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * The settings page (mounted by the dashboard at #/settings): the user's details and
 * schedule, their own wording of the messages, and their data (export, import, erase).
 */
export function Settings({ now = () => new Date() }: SettingsProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // Bumped when the settings were replaced from outside the form (import, erase), so the
  // form starts again from what is stored.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    call('getSettings', {}).then(
      (settings) => setLoad({ state: 'ready', settings }),
      (error: unknown) => setLoad({ state: 'error', message: errorMessage(error) }),
    );
  }, []);

  // After an import or an erase the stored settings may have changed: show those. If they
  // cannot be read now, the page keeps what it has (the data section says what happened).
  const refresh = useCallback(() => {
    call('getSettings', {}).then(
      (settings) => {
        setLoad({ state: 'ready', settings });
        setGeneration((g) => g + 1);
      },
      () => {},
    );
  }, []);

  const update = useCallback((settings: UserSettings) => setLoad({ state: 'ready', settings }), []);

  return (
    <div class="av-settings">
      <style>{settingsCss}</style>
      <h1>{t('settingsTitle')}</h1>
      <p class="av-muted">{t('settingsIntro')}</p>
      {load.state === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {load.state === 'error' && (
        <>
          <p role="alert">{t('loadFailed', load.message)}</p>
          {/* Data a newer Afterview wrote cannot be used, but can still be downloaded. */}
          <DataSection now={now} timeZone={browserTimeZone()} onDataChanged={refresh} backupOnly />
        </>
      )}
      {load.state === 'ready' && (
        <>
          <ProfileForm key={generation} settings={load.settings} onSaved={update} />
          <DaysOffSection key={generation} settings={load.settings} onSaved={update} />
          <TemplatesSection settings={load.settings} onSaved={update} />
          <DataSection now={now} timeZone={load.settings.timeZone} onDataChanged={refresh} />
        </>
      )}
    </div>
  );
}
