import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError, callerCoversUnit, ForbiddenError, hasRole } from '@chung-tay/common';
import { HouseholdStatus, PoorCategory } from '../enums';
import { Household } from '../household/household.entity';
import type { Context } from '../loaders';
import { checkNationalId } from './national-id';
import { Person } from './person.entity';

@ObjectType({
  description:
    'The answer to a match on national ID: this person, this household, its status — nothing else of the record.',
})
export class RegisterMatch {
  @Field(() => Person)
  person!: Person;

  @Field(() => Household)
  household!: Household;

  @Field(() => HouseholdStatus)
  householdStatus!: HouseholdStatus;

  @Field(() => PoorCategory, { nullable: true })
  poorCategory!: PoorCategory | null;
}

@Resolver()
export class RegisterMatchResolver {
  @Query(() => RegisterMatch, {
    nullable: true,
    description:
      "Finds the person with this national ID in the caller's units, so another organisation can link its own " +
      'record (a union member, a borrower) to the register. Officers and admins only; every match is logged.',
  })
  async registerMatch(
    @Arg('nationalId') nationalId: string,
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
    // Logged whether or not someone was found: who asked about which number is itself personal data.
    ctx.audit.read('RegisterMatch', inScope ? person!.id : 'no-match', 'nationalId');
    if (!inScope) return null;
    return {
      person: person!,
      household: household!,
      householdStatus: household!.status,
      poorCategory: household!.poorCategory,
    };
  }
}
