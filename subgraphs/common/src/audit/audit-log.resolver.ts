import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { LessThan } from 'typeorm';
import { hasRole } from '../auth/caller';
import type { RequestContext } from '../context';
import { ForbiddenError } from '../errors';
import type { SubgraphInfo } from '../organisations';
import { AuditEntry } from './audit-entry.entity';
import { declareIntegerIdArgument } from '../schema/argument-guard';

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** `<organisation>AuditLog`: newest first, readable by that organisation's admins only. */
export function createAuditLogResolver(info: SubgraphInfo) {
  const name = `${camel(info.name)}AuditLog`;
  // Entry ids are bigints: the kit's argument guard refuses anything but a whole number before SQL sees it.
  declareIntegerIdArgument('Query', name, 'before');
  @Resolver()
  class AuditLogResolver {
    @Query(() => [AuditEntry], {
      name,
      description: `The ${info.name} subgraph's audit log, newest first (admins of that organisation only).`,
    })
    async auditLog(
      @Arg('first', () => Int, {
        defaultValue: 50,
        description: 'How many entries, newest first; at most 200.',
      })
      first: number,
      @Arg('before', () => ID, { nullable: true, description: 'Entries older than this id.' })
      before: string | null,
      @Ctx() ctx: RequestContext<unknown>,
    ) {
      if (ctx.caller.org !== info.name || !hasRole(ctx.caller, 'admin')) {
        throw new ForbiddenError(`Only ${info.name} admins read its audit log`);
      }
      return ctx.dataSource.getRepository(AuditEntry).find({
        where: before ? { id: LessThan(before) } : {},
        order: { id: 'DESC' },
        take: Math.min(Math.max(first, 1), 200),
      });
    }
  }
  return AuditLogResolver;
}
