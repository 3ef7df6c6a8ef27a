import { useState } from 'preact/hooks';
import { call } from '@/lib/messaging/client';
import type { Params } from '@/lib/messaging/protocol';
import type { StoredOpportunity } from '@/lib/model';
import { t } from '@/lib/ui/i18n';
import { withOffset } from './format';
import { Confirm } from './forms';
import { opportunityInput } from './OpportunityForm';

export const outcomeActions = [
  'offer',
  'different_role',
  'contract',
  'rejected',
  'withdrew',
  'filled',
] as const;
export type OutcomeAction = (typeof outcomeActions)[number];

/** R8: what each outcome changes on the opportunity; the playbook plans the close-out tasks. */
export function outcomeChange(action: OutcomeAction, now: Date): Partial<Params<'saveOpportunity'>> {
  const outcomeAt = withOffset(now);
  switch (action) {
    case 'offer':
    case 'different_role':
    case 'contract':
      return {
        status: 'offer',
        offer: { inWriting: false, kind: action === 'offer' ? 'as_applied' : action },
        outcomeAt,
      };
    case 'rejected':
    case 'withdrew':
    case 'filled':
      return { status: 'closed', outcome: action, outcomeAt };
  }
}

interface Props {
  opportunity: StoredOpportunity;
  onSaved: () => Promise<void>;
}

/** The outcome buttons; each asks once before it changes anything. */
export function Outcomes({ opportunity, onSaved }: Props) {
  const [pending, setPending] = useState<OutcomeAction | null>(null);

  const confirm = async (action: OutcomeAction) => {
    await call('saveOpportunity', { ...opportunityInput(opportunity), ...outcomeChange(action, new Date()) });
    setPending(null);
    await onSaved();
  };

  return (
    <>
      <div class="actions" role="group" aria-label={t('dashOutcomesHeading')}>
        {outcomeActions.map((action) => (
          <button
            key={action}
            type="button"
            aria-pressed={pending === action}
            onClick={() => setPending(action)}
          >
            {t(`dashOutcome_${action}_button`)}
          </button>
        ))}
      </div>
      {pending && (
        <Confirm
          key={pending}
          message={t(`dashOutcome_${pending}_confirm`, opportunity.company)}
          confirmLabel={t('dashConfirm')}
          onConfirm={() => confirm(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
