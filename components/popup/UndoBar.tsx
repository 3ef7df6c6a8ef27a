import { t } from '@/lib/ui/i18n';

interface Props {
  message: string;
  /** Absent for notes that cannot be undone. */
  onUndo?: () => void;
  busy: boolean;
}

/** What just happened, said to screen readers too, with a way back. */
export function UndoBar({ message, onUndo, busy }: Props) {
  return (
    <div class="undo" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" disabled={busy} onClick={onUndo}>
          {t('popupUndo')}
        </button>
      )}
    </div>
  );
}
