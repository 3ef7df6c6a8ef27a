import { t } from '@/lib/ui/i18n';
import { formatDateTime } from './format';
import { statuses, statusLabel } from './labels';
import { opportunityHref } from './routes';
import { type Summary, useSummaries } from './summaries';

/** `#/`: every opportunity in a column for its status, each card with its next task. */
export function Board() {
  const load = useSummaries();
  return (
    <>
      <h1 tabIndex={-1}>{t('dashBoardHeading')}</h1>
      {load.state === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {load.state === 'error' && <p role="alert">{t('loadFailed', load.message)}</p>}
      {load.state === 'ready' && load.data.length === 0 && (
        <p class="muted">
          {t('dashBoardEmpty')} <a href="#/new">{t('dashNavNew')}</a>
        </p>
      )}
      {load.state === 'ready' && load.data.length > 0 && (
        <div class="board">
          {statuses.map((status) => {
            const cards = load.data
              .filter((s) => s.opportunity.status === status)
              .sort((a, b) => (a.next?.dueAt ?? Infinity) - (b.next?.dueAt ?? Infinity));
            const id = `column-${status}`;
            return (
              <section key={status} class="column" aria-labelledby={id} data-status={status}>
                <h2 id={id}>
                  {statusLabel(status)} <span class="count">({cards.length})</span>
                </h2>
                {cards.length === 0 ? (
                  <p class="muted">{t('dashColumnEmpty')}</p>
                ) : (
                  <ul>
                    {cards.map((summary) => (
                      <Card key={summary.opportunity.id} summary={summary} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

function Card({ summary: { opportunity, next } }: { summary: Summary }) {
  return (
    <li class="card opportunity-card">
      <a href={opportunityHref(opportunity.id)} class="card-link">
        <span class="company">{opportunity.company}</span>
        {opportunity.demo && <span class="tag">{t('dashSample')}</span>}
      </a>
      <span class="role">{opportunity.role}</span>
      {next ? (
        <span class="next">
          {next.title} · <time dateTime={next.due}>{formatDateTime(next.due)}</time>
        </span>
      ) : (
        <span class="next muted">{t('dashNoNextTask')}</span>
      )}
    </li>
  );
}
