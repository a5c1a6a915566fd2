import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertRegisterWriter, visiblePerson } from '../access';
import { Household } from '../household/household.entity';
import type { Context } from '../loaders';
import { Person } from './person.entity';
import { PersonInput, UpdatePersonInput } from './person.input';
import { addHouseholdMember, updatePerson } from './person.service';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return visiblePerson(ctx, id);
  }

  @FieldResolver(() => Household)
  household(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(p.householdId);
  }

  @Mutation(() => Person, { description: 'Adds a member (not the head) to a registered household.' })
  addHouseholdMember(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('input') input: PersonInput,
    @Ctx() ctx: Context,
  ) {
    assertRegisterWriter(ctx.caller);
    return addHouseholdMember(ctx.dataSource, ctx.caller, ctx.loaders, householdId, input);
  }

  @Mutation(() => Person, { description: "Corrects a member's record." })
  updatePerson(@Arg('id', () => ID) id: string, @Arg('input') input: UpdatePersonInput, @Ctx() ctx: Context) {
    assertRegisterWriter(ctx.caller);
    return updatePerson(ctx.dataSource, ctx.caller, ctx.loaders, id, input);
  }
}

export const personReference = {
  Person: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visiblePerson(ctx, ref.id),
  },
};
