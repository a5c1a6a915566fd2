import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities the People's Committee owns. This subgraph adds union fields to Household and Person (resolvers in
// register.resolver.ts) and only points at programmes and units; it stores nothing of theirs but the ids.

@ObjectType('Household')
@Directive('@key(fields: "id")')
export class HouseholdRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;
}

@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;
}

@ObjectType('Programme')
@Directive('@key(fields: "id", resolvable: false)')
export class ProgrammeRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;
}

@ObjectType('AdministrativeUnit')
@Directive('@key(fields: "code", resolvable: false)')
export class AdministrativeUnitRef {
  @Field()
  code!: string;
}

export const householdRef = (id: string | null): HouseholdRef | null => (id ? { id } : null);
export const personRef = (id: string | null): PersonRef | null => (id ? { id } : null);
