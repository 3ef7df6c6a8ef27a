import { useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import { formatDateTime, locale } from './format';
import { statuses, statusLabel } from './labels';
import { opportunityHref } from './routes';
import { type Summary, useSummaries } from './summaries';

type Column = 'company' | 'role' | 'status' | 'next' | 'updated';
type Direction = 'ascending' | 'descending';

const columns: ReadonlyArray<readonly [Column, () => string]> = [
  ['company', () => t('dashFieldCompany')],
  ['role', () => t('dashFieldRole')],
  ['status', () => t('dashFieldStatus')],
  ['next', () => t('dashColNext')],
  ['updated', () => t('dashColUpdated')],
];

function compare(column: Column, a: Summary, b: Summary): number {
  switch (column) {
    case 'company':
    case 'role':
      return a.opportunity[column].localeCompare(b.opportunity[column], locale(), { sensitivity: 'base' });
    case 'status':
      return statuses.indexOf(a.opportunity.status) - statuses.indexOf(b.opportunity.status);
    case 'next':
      return (a.next?.dueAt ?? Infinity) - (b.next?.dueAt ?? Infinity);
    case 'updated':
      return Date.parse(a.opportunity.updatedAt) - Date.parse(b.opportunity.updatedAt);
  }
}

/** `#/list`: every opportunity in a table, sorted by any column (a button in its header). */
export function OpportunityList() {
  const load = useSummaries();
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({
    column: 'company',
    direction: 'ascending',
  });

  const toggle = (column: Column) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <>
      <h1 tabIndex={-1}>{t('dashListHeading')}</h1>
      {load.state === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {load.state === 'error' && <p role="alert">{t('loadFailed', load.message)}</p>}
      {load.state === 'ready' && load.data.length === 0 && <p class="muted">{t('dashBoardEmpty')}</p>}
      {load.state === 'ready' && load.data.length > 0 && (
        <table class="list">
          <caption class="visually-hidden">{t('dashListCaption')}</caption>
          <thead>
            <tr>
              {columns.map(([column, label]) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : 'none'}>
                  <button type="button" class="sort" onClick={() => toggle(column)}>
                    {label()}
                    <span aria-hidden="true">
                      {sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...load.data]
              .sort((a, b) => (sort.direction === 'ascending' ? 1 : -1) * compare(sort.column, a, b))
              .map(({ opportunity, next }) => (
                <tr key={opportunity.id}>
                  <th scope="row">
                    <a href={opportunityHref(opportunity.id)}>{opportunity.company}</a>
                    {opportunity.demo && <span class="tag">{t('dashSample')}</span>}
                  </th>
                  <td>{opportunity.role}</td>
                  <td>{statusLabel(opportunity.status)}</td>
                  <td>
                    {next ? (
                      <>
                        {next.title} · <time dateTime={next.due}>{formatDateTime(next.due)}</time>
                      </>
                    ) : (
                      <span class="muted">{t('dashNoNextTask')}</span>
                    )}
                  </td>
                  <td>
                    <time dateTime={opportunity.updatedAt}>{formatDateTime(opportunity.updatedAt)}</time>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </>
  );
}
