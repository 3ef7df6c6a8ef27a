import { useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';

interface EmptyProps {
  busy: boolean;
  onLoad: () => void;
}

/** First run: what Afterview does, and a way to try it on made-up records. */
export function EmptyState({ busy, onLoad }: EmptyProps) {
  return (
    <section class="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyBody')}</p>
      <p class="muted">{t('popupEmptySampleBody')}</p>
      <button type="button" class="primary" disabled={busy} aria-busy={busy} onClick={onLoad}>
        {busy ? t('popupLoadingSample') : t('popupTrySample')}
      </button>
    </section>
  );
}

interface RemoveProps {
  busy: boolean;
  onRemove: () => void;
}

/** Remove the sample records, after saying what goes. */
export function RemoveSampleData({ busy, onRemove }: RemoveProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="link" disabled={busy} onClick={() => setAsking(true)}>
        {t('popupRemoveSample')}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="remove-sample-question">
      <p id="remove-sample-question">{t('popupRemoveSampleConfirm')}</p>
      <button
        type="button"
        class="danger"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onRemove();
        }}
      >
        {t('popupRemoveSampleYes')}
      </button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
