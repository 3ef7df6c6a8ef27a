import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import { backupStores, type BackupStore, type ImportCounts } from '@/lib/model/backup';
import { downloadFile, fileDate, fileTypes } from '@/lib/ui/download';
import { t } from '@/lib/ui/i18n';
import { type MessageKey } from '@/lib/ui/strings';
import { errorMessage, idle, type Outcome, Status } from './shared';

type ExportKind = 'json' | 'csv' | 'ics';

const exportLabels: Record<ExportKind, MessageKey> = {
  json: 'settingsExportJson',
  csv: 'settingsExportCsv',
  ics: 'settingsExportIcs',
};

const countLabels: Record<BackupStore, MessageKey> = {
  opportunities: 'settingsCountOpportunities',
  people: 'settingsCountPeople',
  interviews: 'settingsCountInterviews',
  touches: 'settingsCountTouches',
  taskStates: 'settingsCountTaskStates',
  threads: 'settingsCountThreads',
};

/** The export's file name, e.g. afterview-backup-2026-11-03.json. */
export function exportFileName(kind: ExportKind, date: string): string {
  const base =
    kind === 'json'
      ? 'afterview-backup'
      : kind === 'csv'
        ? 'afterview-opportunities'
        : 'afterview-follow-ups';
  return `${base}-${date}.${kind}`;
}

type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'ok'; counts: ImportCounts }
  | { kind: 'error'; text: string };

/**
 * Export (JSON, CSV, ICS), import a backup (merge or replace), and erase everything. With
 * `backupOnly`, when the data cannot be used (a newer Afterview wrote it): only the backup
 * download, which the background still answers, so the user keeps a copy before changing
 * anything.
 */
export function DataSection({
  now,
  timeZone,
  onDataChanged,
  backupOnly = false,
}: {
  now: () => Date;
  timeZone: string;
  /** After an import or an erase: the stored settings may have changed. */
  onDataChanged: () => void;
  backupOnly?: boolean;
}) {
  const id = useId();
  return (
    <section class="av-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settingsDataHeading')}</h2>
      <Export now={now} timeZone={timeZone} kinds={backupOnly ? ['json'] : ['json', 'csv', 'ics']} />
      {!backupOnly && <Import onDataChanged={onDataChanged} />}
      {!backupOnly && <Wipe onDataChanged={onDataChanged} />}
    </section>
  );
}

function Export({ now, timeZone, kinds }: { now: () => Date; timeZone: string; kinds: ExportKind[] }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(idle);

  const run = async (kind: ExportKind) => {
    setOutcome({ kind: 'busy' });
    try {
      const name = exportFileName(kind, fileDate(now(), timeZone));
      if (kind === 'json') downloadFile(name, await call('exportBackup', {}), fileTypes.json);
      else if (kind === 'csv') downloadFile(name, await call('exportCsv', {}), fileTypes.csv);
      else downloadFile(name, await call('exportIcs', {}), fileTypes.ics);
      setOutcome({ kind: 'ok', text: t('settingsExportDone', name) });
    } catch (error) {
      setOutcome({ kind: 'error', text: t('settingsExportFailed', errorMessage(error)) });
    }
  };

  return (
    <div class="av-subsection" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settingsExportHeading')}</h3>
      <p class="av-muted">{t('settingsExportIntro')}</p>
      <div class="av-actions">
        {kinds.map((kind) => (
          <button key={kind} type="button" disabled={outcome.kind === 'busy'} onClick={() => void run(kind)}>
            {t(exportLabels[kind])}
          </button>
        ))}
      </div>
      <Status outcome={outcome} />
    </div>
  );
}

function Import({ onDataChanged }: { onDataChanged: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });
  // Replacing erases everything first: it asks once more.
  const [confirming, setConfirming] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) {
      setOutcome({ kind: 'error', text: t('settingsImportChooseFile') });
      return;
    }
    if (mode === 'replace' && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setOutcome({ kind: 'busy' });
    try {
      const text = await file.text();
      const counts = await call('importBackup', { file: text, mode });
      setOutcome({ kind: 'ok', counts });
      onDataChanged();
    } catch (error) {
      setOutcome({ kind: 'error', text: t('settingsImportFailed', errorMessage(error)) });
    }
  };

  return (
    <form class="av-subsection" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>{t('settingsImportHeading')}</h3>
      <div class="av-field">
        <label for={`${id}-file`}>{t('settingsImportFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setOutcome({ kind: 'idle' });
          }}
        />
      </div>
      <fieldset class="av-field">
        <legend>{t('settingsImportMode')}</legend>
        {(
          [
            ['merge', 'settingsImportMerge'],
            ['replace', 'settingsImportReplace'],
          ] as const
        ).map(([value, key]) => (
          <label key={value} class="av-choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                setConfirming(false);
              }}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <div class="av-actions">
        <button
          type="submit"
          class={mode === 'replace' ? 'av-danger' : 'av-primary'}
          disabled={outcome.kind === 'busy'}
        >
          {confirming
            ? t('settingsImportReplaceYes')
            : mode === 'replace'
              ? t('settingsImportReplaceButton')
              : t('settingsImportButton')}
        </button>
        {confirming && (
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        )}
      </div>
      {confirming && <p role="alert">{t('settingsImportReplaceConfirm')}</p>}
      <p role="status" class="av-ok">
        {outcome.kind === 'busy' && t('settingsImportWorking')}
        {outcome.kind === 'ok' && t('settingsImportDone')}
      </p>
      {outcome.kind === 'ok' && (
        <ul class="av-counts">
          {backupStores.map((store) => (
            <li key={store}>
              {t(countLabels[store])}: <strong>{outcome.counts[store]}</strong>
            </li>
          ))}
        </ul>
      )}
      {outcome.kind === 'error' && (
        <div role="alert" class="av-error">
          <p>{outcome.text}</p>
          {file && <p>{t('settingsImportNothingWritten')}</p>}
        </div>
      )}
    </form>
  );
}

function Wipe({ onDataChanged }: { onDataChanged: () => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(idle);
  const input = useRef<HTMLInputElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) input.current?.focus();
    else if (wasOpen.current) start.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const confirmed = typed.trim() === 'WIPE';

  const wipe = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return;
    setOutcome({ kind: 'busy' });
    try {
      await call('wipe', { confirm: true });
      setOpen(false);
      setTyped('');
      setOutcome({ kind: 'ok', text: t('settingsWipeDone') });
      onDataChanged();
    } catch (error) {
      setOutcome({ kind: 'error', text: t('settingsWipeFailed', errorMessage(error)) });
    }
  };

  return (
    <div class="av-subsection av-wipe" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settingsWipeHeading')}</h3>
      <p class="av-muted" id={`${id}-intro`}>
        {t('settingsWipeIntro')}
      </p>
      {!open && (
        <button
          type="button"
          class="av-danger"
          ref={start}
          onClick={() => {
            setOpen(true);
            setOutcome(idle);
          }}
        >
          {t('settingsWipeStart')}
        </button>
      )}
      {open && (
        <form onSubmit={wipe} aria-describedby={`${id}-intro`}>
          <div class="av-field">
            <label for={`${id}-typed`}>{t('settingsWipeTypeLabel')}</label>
            <input
              id={`${id}-typed`}
              ref={input}
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setOpen(false);
              }}
            />
          </div>
          <div class="av-actions">
            <button type="submit" class="av-danger" disabled={!confirmed || outcome.kind === 'busy'}>
              {t('settingsWipeConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setTyped('');
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <Status outcome={outcome} />
    </div>
  );
}
