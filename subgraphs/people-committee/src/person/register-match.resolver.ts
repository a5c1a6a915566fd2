import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { BadUserInputError, callerCoversUnit, ForbiddenError, hasRole } from '@chung-tay/common';
import { HouseholdStatus, PoorCategory } from '../enums';
import { Household } from '../household/household.entity';
import type { Context } from '../context';
import { checkNationalId } from './national-id';
import { Person } from './person.entity';

@ObjectType({
  description:
    'The answer to a match on national ID: this person, this household, its status — nothing else of the record.',
})
export class RegisterMatch {
  @Field(() => Person, { description: 'The person with that national ID.' })
  person!: Person;

  @Field(() => Household, { description: "The person's household." })
  household!: Household;

  @Field(() => HouseholdStatus, { description: "The household's status today." })
  householdStatus!: HouseholdStatus;

  @Field(() => PoorCategory, {
    nullable: true,
    description: 'For a poor household where the province splits them: A or B.',
  })
  poorCategory!: PoorCategory | null;
}

@ObjectType({ description: "One national ID of a batch match, and the match in the caller's units, if any." })
export class RegisterMatchOfId {
  @Field({ description: 'The national ID asked for, as given.' })
  nationalId!: string;

  @Field(() => RegisterMatch, {
    nullable: true,
    description: "The match in the caller's units; null when none.",
  })
  match!: RegisterMatch | null;
}

/** At most this many national IDs in one batch match: a list file is matched in several calls. */
export const MAX_BATCH_MATCH = 1000;

@Resolver()
export class RegisterMatchResolver {
  @Query(() => RegisterMatch, {
    nullable: true,
    description:
      "Finds the person with this national ID in the caller's units, so another organisation can link its own " +
      'record (a union member, a borrower) to the register. Officers and admins only; every match, found or ' +
      'not, is logged with the number tried (audit.plugin.ts: a lookup by nationalId).',
  })
  async registerMatch(
    @Arg('nationalId', { description: 'A 12-digit national ID number (CCCD).' }) nationalId: string,
    @Ctx() ctx: Context,
  ): Promise<RegisterMatch | null> {
    if (!hasRole(ctx.caller, 'officer', 'admin')) {
      throw new ForbiddenError('Only officers and admins can match people against the register');
    }
    const problem = checkNationalId(nationalId);
    if (problem) throw new BadUserInputError(`national ID ${problem}`, 'nationalId');
    const person = await ctx.dataSource.getRepository(Person).findOneBy({ nationalId });
    const household = person ? await ctx.loaders.household.load(person.householdId) : null;
    const inScope =
      household && (await callerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), household.unitCode));
    if (!inScope) return null;
    return {
      person: person!,
      household: household!,
      householdStatus: household!.status,
      poorCategory: household!.poorCategory,
    };
  }

  @Query(() => [RegisterMatchOfId], {
    description:
      `registerMatch for a list of national IDs at once (at most ${MAX_BATCH_MATCH}), in the order given: how a ` +
      'file of members or of people in need is linked to the register. Officers and admins only; logged.',
  })
  async registerMatches(
    @Arg('nationalIds', () => [String], {
      description: '12-digit national ID numbers (CCCD), at most 1,000.',
    })
    nationalIds: string[],
    @Ctx() ctx: Context,
  ): Promise<RegisterMatchOfId[]> {
    if (!hasRole(ctx.caller, 'officer', 'admin')) {
      throw new ForbiddenError('Only officers and admins can match people against the register');
    }
    if (nationalIds.length > MAX_BATCH_MATCH) {
      throw new BadUserInputError(`at most ${MAX_BATCH_MATCH} national IDs at once`, 'nationalIds');
    }
    // A malformed number matches no one: the importing subgraph reports it with its row.
    const wellFormed = nationalIds.filter((id) => !checkNationalId(id));
    const people = wellFormed.length
      ? await ctx.dataSource.getRepository(Person).findBy({ nationalId: In(wellFormed) })
      : [];
    const byId = new Map(people.map((p) => [p.nationalId!, p]));
    return Promise.all(
      nationalIds.map(async (nationalId) => {
        const person = byId.get(nationalId);
        const household = person ? await ctx.loaders.household.load(person.householdId) : null;
        const inScope =
          household &&
          (await callerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), household.unitCode));
        if (!inScope) return { nationalId, match: null };
        return {
          nationalId,
          match: {
            person: person!,
            household: household!,
            householdStatus: household!.status,
            poorCategory: household!.poorCategory,
          },
        };
      }),
    );
  }
}
