import { Settings } from '@/components/settings/Settings';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import { Board } from './Board';
import { OpportunityForm } from './OpportunityForm';
import { OpportunityList } from './OpportunityList';
import { OpportunityPage } from './OpportunityPage';
import { opportunityHref, type Route, useRoute } from './routes';
import { RulesPage } from './RulesPage';

const links: ReadonlyArray<readonly [string, Route['name'], () => string]> = [
  ['#/', 'board', () => t('dashNavBoard')],
  ['#/list', 'list', () => t('dashNavList')],
  ['#/new', 'new', () => t('dashNavNew')],
  ['#/settings', 'settings', () => t('dashNavSettings')],
  ['#/rules', 'rules', () => t('rulesNav')],
];

const routeKey = (route: Route) => (route.name === 'opportunity' ? `opportunity/${route.id}` : route.name);

/** The dashboard page: navigation, and the page the location hash names. */
export function Dashboard() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const key = routeKey(route);

  // A new page: focus moves to its main area, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The rules page at one rule puts focus on that rule's heading itself.
    if (route.name === 'rules' && route.rule) return;
    main.current?.focus();
  }, [key]);

  return (
    <>
      <header class="top">
        <span class="brand">{t('appName')}</span>
        <nav aria-label={t('dashNavLabel')}>
          <ul>
            {links.map(([href, name, label]) => (
              <li key={href}>
                <a href={href} aria-current={route.name === name ? 'page' : undefined}>
                  {label()}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main} tabIndex={-1}>
        <Page key={key} route={route} />
      </main>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'board':
      return <Board />;
    case 'list':
      return <OpportunityList />;
    case 'opportunity':
      return <OpportunityPage id={route.id} />;
    case 'new':
      return (
        <>
          <h1 tabIndex={-1}>{t('dashNewHeading')}</h1>
          <p class="muted">{t('dashNewHint')}</p>
          <OpportunityForm
            initial={null}
            people={[]}
            onSaved={(saved) => {
              location.hash = opportunityHref(saved.id);
            }}
          />
        </>
      );
    case 'settings':
      return (
        <>
          <h1 tabIndex={-1}>{t('dashNavSettings')}</h1>
          <Settings />
        </>
      );
    case 'rules':
      return <RulesPage rule={route.rule} />;
    case 'unknown':
      return (
        <>
          <h1 tabIndex={-1}>{t('dashNotFound')}</h1>
          <p>
            <a href="#/">{t('dashBackToBoard')}</a>
          </p>
        </>
      );
  }
}
