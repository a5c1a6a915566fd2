/** Hash routes, so the gateway serves one file for every page: #/, #/lists, #/household/<id>. */
export type Route = { page: 'area' } | { page: 'lists' } | { page: 'household'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const household = /^\/household\/([^/]+)$/.exec(path);
  if (household) return { page: 'household', id: decodeURIComponent(household[1]!) };
  if (path === '/lists') return { page: 'lists' };
  return { page: 'area' };
}
