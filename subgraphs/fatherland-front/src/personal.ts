import type { MiddlewareFn } from 'type-graphql';
import { VisibleOnlyTo, type RequestContext } from '@chung-tay/common';

/**
 * Personal data only for some rows (a person's name as donor or sponsor, not an enterprise's): those rows follow
 * VisibleOnlyTo('fatherland-front'), the others are open to every organisation.
 */
export function PersonalFor<T>(isPersonal: (row: T) => boolean): MiddlewareFn<RequestContext<unknown>> {
  const frontOnly = VisibleOnlyTo('fatherland-front');
  return (action, next) => (isPersonal(action.root as T) ? frontOnly(action, next) : next());
}
