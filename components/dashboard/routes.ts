import { useEffect, useState } from 'preact/hooks';

/** The dashboard's pages, one per location hash. */
export type Route =
  | { name: 'board' }
  | { name: 'list' }
  | { name: 'opportunity'; id: string }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'rules'; rule: string | null }
  | { name: 'unknown' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'board' };
  if (path === '/list') return { name: 'list' };
  if (path === '/new') return { name: 'new' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/rules' || path === '/rules/') return { name: 'rules', rule: null };
  const rule = /^\/rules\/(.+)$/.exec(path);
  if (rule?.[1]) {
    try {
      return { name: 'rules', rule: decodeURIComponent(rule[1]) };
    } catch {
      return { name: 'unknown' };
    }
  }
  const match = /^\/opportunity\/(.+)$/.exec(path);
  if (match?.[1]) {
    try {
      return { name: 'opportunity', id: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'unknown' };
    }
  }
  return { name: 'unknown' };
}

export const opportunityHref = (id: string) => `#/opportunity/${encodeURIComponent(id)}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
