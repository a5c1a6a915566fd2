import type { MiddlewareFn } from 'type-graphql';
import { ForbiddenError } from '../errors';
import { ORGANISATION_NAMES, type OrganisationId } from '../organisations';
import type { RequestContext } from '../context';

/**
 * Field rule for personal data: other organisations get null for the field and an error that says why
 * (Law 91/2025: each organisation sees what its purpose needs).
 */
export function VisibleOnlyTo(...orgs: OrganisationId[]): MiddlewareFn<RequestContext<unknown>> {
  const who = orgs.map((o) => `the ${ORGANISATION_NAMES[o].en}`).join(' and ');
  return ({ context, info }, next) => {
    if (!orgs.includes(context.caller.org)) {
      throw new ForbiddenError(
        `${info.parentType.name}.${info.fieldName} is personal data shown only to ${who}`,
      );
    }
    return next();
  };
}
