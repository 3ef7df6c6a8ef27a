import { useState } from 'preact/hooks';
import type { SiteName } from '@/lib/messaging/protocol';
import { t } from '@/lib/ui/i18n';
import { fetchLayoutReport, LayoutReportError, saveLayoutReport } from './layout-report';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'failed'; message: string };

interface Props {
  site: SiteName;
  label: string;
  tabId: number;
  /** A layout Afterview does not (fully) read: the report is what helps, so it is offered plainly. */
  prominent: boolean;
}

/** "Save a layout report" for one site's tab: ask, save, then say what was saved and where. */
export function LayoutReportButton({ site, label, tabId, prominent }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const save = async () => {
    setState({ kind: 'busy' });
    try {
      const report = await fetchLayoutReport(site, label, tabId);
      setState({ kind: 'saved', fileName: saveLayoutReport(report) });
    } catch (error) {
      const message =
        error instanceof LayoutReportError ? error.message : t('popupLayoutReportNoAnswer', label);
      setState({ kind: 'failed', message });
    }
  };

  return (
    <div class="layout-report">
      <button
        type="button"
        class={prominent ? undefined : 'link small'}
        aria-label={t('popupLayoutReportLabel', label)}
        disabled={state.kind === 'busy'}
        onClick={() => void save()}
      >
        {state.kind === 'busy' ? t('popupLayoutReportSaving') : t('popupLayoutReport')}
      </button>
      {prominent && state.kind === 'idle' && <p class="small muted">{t('popupLayoutReportHint', label)}</p>}
      {state.kind === 'saved' && (
        <p class="small" role="status">
          {t('popupLayoutReportSaved', state.fileName)}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="small" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
