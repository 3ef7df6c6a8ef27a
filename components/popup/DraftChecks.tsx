import type { DraftView } from '@/lib/messaging/ui';
import { t } from '@/lib/ui/i18n';

/** What proofreading found, the hints for this message, and the agency's copy if there is one. */
export function DraftChecks({ draft, flags }: { draft: DraftView; flags: DraftView['flags'] }) {
  return (
    <>
      <section class="flags" aria-labelledby="flags-heading" aria-live="polite">
        <h3 id="flags-heading">{t('popupFlags')}</h3>
        {flags.length === 0 ? (
          <p class="ok">{t('popupNoFlags')}</p>
        ) : (
          <ul>
            {flags.map((flag, i) => (
              <li key={`${flag.code}-${flag.field}-${flag.start}-${i}`} data-code={flag.code}>
                {flag.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      {draft.hints.length > 0 && (
        <section class="hints" aria-labelledby="hints-heading">
          <h3 id="hints-heading">{t('popupHints')}</h3>
          <ul>
            {draft.hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </section>
      )}

      {draft.agencyPreview && (
        <details class="agency">
          <summary>{t('popupAgencyPreview')}</summary>
          {draft.agencyPreview.to && <p class="muted">{t('popupAgencyTo', draft.agencyPreview.to)}</p>}
          {draft.agencyPreview.subject && <p class="preview-subject">{draft.agencyPreview.subject.text}</p>}
          <div class="preview-body" tabIndex={0} role="region" aria-label={t('popupAgencyPreviewBody')}>
            {draft.agencyPreview.body.text}
          </div>
        </details>
      )}
    </>
  );
}
