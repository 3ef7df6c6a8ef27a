import { useCallback, useEffect, useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { ProposalView } from '@/lib/messaging/ui';
import type { TaskKind } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { taskKindLabel } from '@/lib/ui/labels';
import { formatDate } from '@/lib/ui/why';

interface Props {
  locale: string;
  /** Something was applied: the task list changed. */
  onChanged: () => Promise<void>;
}

/**
 * What Afterview noticed in the mail and proposes — a reply's outcome or new date (R5.5), a
 * message the user sent that completes a task — each with the words that made it, applied
 * only when the user says yes. Nothing shows when there is nothing to propose.
 */
export function Noticed({ locale, onChanged }: Props) {
  const [proposals, setProposals] = useState<ProposalView[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; alert: boolean } | null>(null);

  const load = useCallback(async () => setProposals(await call('proposals', {})), []);
  useEffect(() => {
    load().catch((error: unknown) => setStatus({ text: String(error), alert: true }));
  }, [load]);

  const answer = async (proposal: ProposalView, apply: boolean) => {
    setBusy(true);
    try {
      await call('resolveProposal', { id: proposal.id, apply });
      setStatus({
        text: apply ? t('noticedApplied', describe(proposal, locale)) : t('noticedDismissed'),
        alert: false,
      });
      await load();
      if (apply) await onChanged();
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : String(error), alert: true });
    } finally {
      setBusy(false);
    }
  };

  if (proposals.length === 0 && !status) return null;
  return (
    <section class="noticed" aria-labelledby="noticed-heading">
      <h2 id="noticed-heading">{t('noticedHeading')}</h2>
      <ul>
        {proposals.map((proposal) => (
          <li key={proposal.id} data-proposal={proposal.kind}>
            <p>{describe(proposal, locale)}</p>
            {proposal.quote && (
              <blockquote aria-label={t('noticedQuoteLabel')} class="muted small">
                “{proposal.quote}”
              </blockquote>
            )}
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => void answer(proposal, true)}
              >
                {t('noticedApply')}
              </button>
              <button type="button" disabled={busy} onClick={() => void answer(proposal, false)}>
                {t('noticedDismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {status && (
        <p role={status.alert ? 'alert' : 'status'} class={status.alert ? 'error' : 'ok'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

/** The proposal in words: who wrote, about which opportunity, and what it would change. */
function describe(proposal: ProposalView, locale: string): string {
  const who = proposal.from ?? t('noticedSomeone');
  const day = proposal.day ? formatDate(proposal.day, locale) : '';
  switch (proposal.kind) {
    case 'outcome':
      return t(
        proposal.outcome === 'offer' ? 'noticedOutcomeOffer' : 'noticedOutcomeRejected',
        who,
        proposal.company,
      );
    case 'decision_by':
      return t('noticedDecisionBy', who, proposal.company, day);
    case 'check_back_on':
      return t('noticedCheckBackOn', who, proposal.company, day);
    case 'mark_sent':
      return t(
        'noticedMarkSent',
        proposal.company,
        formatDate(proposal.at.slice(0, 10), locale),
        proposal.taskKind ? taskKindLabel(proposal.taskKind as TaskKind) : '',
      );
  }
}
