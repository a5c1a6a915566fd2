import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The People's Committee owns these entities; this subgraph adds fields to them or points at them by key.

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

@ObjectType('AdministrativeUnit')
@Directive('@key(fields: "code", resolvable: false)')
export class AdministrativeUnitRef {
  @Field()
  code!: string;
}

export const householdRef = (id: string): HouseholdRef => ({ id });
export const personRef = (id: string): PersonRef => ({ id });
export const unitRef = (code: string): AdministrativeUnitRef => ({ code });
