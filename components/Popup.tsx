import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { call } from '@/lib/messaging/client';
import type { PopupData, SiteRecord, TaskView } from '@/lib/messaging/protocol';
import { taskTitle } from '@/lib/ui/labels';
import { t } from '@/lib/ui/i18n';
import { DraftPanel } from './popup/DraftPanel';
import { findReportTabs, type ReportTabs } from './popup/layout-report';
import { snoozeUntil } from './popup/logic';
import { Noticed } from './popup/Noticed';
import { PipelineSummary } from './popup/PipelineSummary';
import { EmptyState, RemoveSampleData } from './popup/SampleData';
import type { TaskAction } from './popup/TaskItem';
import { TaskList } from './popup/TaskList';
import { UndoBar } from './popup/UndoBar';
import { SiteStatusList } from './SiteStatusList';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; sites: SiteRecord[]; data: PopupData }
  | { state: 'error'; message: string };

/** What the last action did, and the task to put back to pending if the user says Undo. */
interface Done {
  message: string;
  task?: TaskView;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The toolbar popup: what is due and why, a message ready for each, and where Afterview is on. */
export function Popup() {
  const locale = navigator.language || 'en-US';
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [drafting, setDrafting] = useState<TaskView | null>(null);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<Done | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reportTabs, setReportTabs] = useState<ReportTabs>({});

  useEffect(() => {
    Promise.all([call('siteStatus', {}), call('popupData', {})]).then(
      ([sites, data]) => setLoad({ state: 'ready', sites, data }),
      (error: unknown) => setLoad({ state: 'error', message: errorText(error) }),
    );
    // Which site tab a layout report would describe; without one, no report is offered.
    findReportTabs().then(setReportTabs, () => setReportTabs({}));
  }, []);

  const reload = useCallback(async () => {
    const data = await call('popupData', {});
    setLoad((current) => ({ state: 'ready', sites: current.state === 'ready' ? current.sites : [], data }));
  }, []);

  /** Run one change, then reload the list; a failure is said, never swallowed. */
  const run = useCallback(
    async (change: () => Promise<Done | null>) => {
      setBusy(true);
      setFailure(null);
      try {
        const done = await change();
        setLast(done);
        await reload();
      } catch (error) {
        setFailure(t('popupActionFailed', errorText(error)));
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );

  const onAction = (task: TaskView, action: TaskAction) => {
    const key = { opportunityId: task.opportunityId, id: task.id };
    const title = taskTitle(task.kind, task.personName);
    if (action.type === 'draft') {
      setLast(null);
      setDrafting(task);
      return;
    }
    void run(async () => {
      if (action.type === 'done') {
        await call('setTaskState', { ...key, state: 'done' });
        return { message: t('popupUndoDone', title), task };
      }
      if (action.type === 'skip') {
        await call('setTaskState', { ...key, state: 'skipped', reason: action.reason || null });
        return { message: t('popupUndoSkipped', title), task };
      }
      const timeZone = load.state === 'ready' ? load.data.timeZone : 'UTC';
      const until = snoozeUntil(action.choice, new Date(), timeZone);
      await call('setTaskState', { ...key, state: 'snoozed', until });
      const when = new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
      }).format(new Date(until));
      return { message: t('popupUndoSnoozed', when, title), task };
    });
  };

  const undo = (task: TaskView) =>
    void run(async () => {
      await call('setTaskState', { opportunityId: task.opportunityId, id: task.id, state: 'pending' });
      return { message: t('popupRestored', taskTitle(task.kind, task.personName)) };
    });

  const openDashboard = () => {
    // The dashboard page is another entrypoint; its path may not be in WXT's generated list yet.
    const getURL = browser.runtime.getURL as (path: string) => string;
    void browser.tabs.create({ url: getURL('/dashboard.html') });
  };

  if (drafting) {
    return (
      <main class="popup">
        <h1 class="visually-hidden">{t('appName')}</h1>
        <DraftPanel
          task={drafting}
          locale={locale}
          onBack={() => setDrafting(null)}
          onSent={(task) => {
            setDrafting(null);
            setLast({ message: t('popupUndoSent', taskTitle(task.kind, task.personName)) });
            void reload().catch((error: unknown) => setFailure(t('popupActionFailed', errorText(error))));
          }}
        />
      </main>
    );
  }

  const data = load.state === 'ready' ? load.data : null;
  const allTasks = data ? [...data.overdue, ...data.dueToday, ...data.comingUp] : [];
  const opportunities = data ? Object.values(data.counts).reduce((sum, n) => sum + n, 0) : 0;
  const empty = data !== null && allTasks.length === 0 && opportunities === 0;
  const hasSample = allTasks.some((task) => task.demo);

  return (
    <main class="popup">
      <header class="top">
        <div>
          <h1>{t('appName')}</h1>
          <p class="muted small">{t('appTagline')}</p>
        </div>
        <button type="button" class="link" onClick={openDashboard}>
          {t('popupOpenDashboard')}
        </button>
      </header>
      {load.state === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {load.state === 'error' && <p role="alert">{t('loadFailed', load.message)}</p>}
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
      {last && (
        <UndoBar message={last.message} busy={busy} onUndo={last.task ? () => undo(last.task!) : undefined} />
      )}
      {data && empty && (
        <EmptyState
          busy={busy}
          onLoad={() =>
            void run(async () => {
              await call('loadSampleData', {});
              return null;
            })
          }
        />
      )}
      {data && !empty && (
        <>
          <Noticed locale={locale} onChanged={reload} />
          <PipelineSummary data={data} />
          <h2>{t('popupFollowUps')}</h2>
          {allTasks.length > 0 && (
            <div class="search">
              <label for="popup-search" class="visually-hidden">
                {t('popupSearchLabel')}
              </label>
              <input
                id="popup-search"
                type="search"
                placeholder={t('popupSearchPlaceholder')}
                value={query}
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
            </div>
          )}
          <TaskList data={data} locale={locale} query={query} busy={busy} onAction={onAction} />
          {hasSample && (
            <div class="sample">
              <RemoveSampleData
                busy={busy}
                onRemove={() =>
                  void run(async () => {
                    await call('removeSampleData', {});
                    return null;
                  })
                }
              />
            </div>
          )}
        </>
      )}
      {load.state === 'ready' && (
        <>
          <h2 id="sites-heading">{t('popupSites')}</h2>
          <SiteStatusList sites={load.sites} now={new Date()} reportTabs={reportTabs} />
        </>
      )}
    </main>
  );
}
