import type { MiddlewareFn } from 'type-graphql';
import { ForbiddenError } from '../errors';
import { ORGANISATION_NAMES, type OrganisationId } from '../organisations';
import type { RequestContext } from '../context';

/**
 * Field rule for personal data: other organisations get null for the field and an error that says why
 * (Law 91/2025: each organisation sees what its purpose needs). Reads that are allowed go to the audit log.
 */
export function VisibleOnlyTo(...orgs: OrganisationId[]): MiddlewareFn<RequestContext<unknown>> {
  const who = orgs.map((o) => `the ${ORGANISATION_NAMES[o].en}`).join(' and ');
  return ({ context, info, root }, next) => {
    if (!orgs.includes(context.caller.org)) {
      throw new ForbiddenError(
        `${info.parentType.name}.${info.fieldName} is personal data shown only to ${who}`,
      );
    }
    const { id, code } = root as { id?: string; code?: string };
    context.audit.read(info.parentType.name, String(id ?? code ?? 'unknown'), info.fieldName);
    return next();
  };
}
