import type { OpportunityStatus } from '@/lib/model';
import type { PopupData } from '@/lib/messaging/protocol';
import { t } from '@/lib/ui/i18n';

const statuses: OpportunityStatus[] = ['applied', 'interviewing', 'awaiting_decision', 'offer', 'closed'];

/** One compact line of opportunities by status, and the pipeline-health warnings (R6). */
export function PipelineSummary({ data }: { data: PopupData }) {
  const parts = statuses
    .filter((status) => (data.counts[status] ?? 0) > 0)
    .map((status) => t('popupCount', data.counts[status] ?? 0, t(`popupStatus_${status}` as const)));
  return (
    <section class="pipeline" aria-labelledby="pipeline-heading">
      <p>
        <strong id="pipeline-heading">{t('popupPipeline')}:</strong>{' '}
        <span class="counts">{parts.length ? parts.join(' · ') : t('popupPipelineEmpty')}</span>
      </p>
      {data.warnings.length > 0 && (
        <ul class="warnings">
          {data.warnings.map((warning) => (
            <li key={warning.code} class="warning" data-code={warning.code}>
              {warning.message} <small class="rule">{t('popupWarningRule', warning.rule)}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
