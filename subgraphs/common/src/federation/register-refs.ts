import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities the People's Committee owns, declared by key only so that another organisation's subgraph can add its
// fields to them and point at them from its own records; the owner keeps every other field. Only the types a
// subgraph's resolvers use reach its schema, so the People's Committee's own Household is not disturbed.

@ObjectType('Household')
@Directive('@key(fields: "id")')
export class HouseholdRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('AdministrativeUnit')
@Directive('@key(fields: "code", resolvable: false)')
export class AdministrativeUnitRef {
  @Field()
  code!: string;
}

/** A household's reference from a stored id; none where the record is not linked to the register. */
export function householdRef(id: string): HouseholdRef;
export function householdRef(id: string | null): HouseholdRef | null;
export function householdRef(id: string | null): HouseholdRef | null {
  return id === null ? null : { id };
}

/** A person's reference from a stored id; none where the record is not linked to the register. */
export function personRef(id: string): PersonRef;
export function personRef(id: string | null): PersonRef | null;
export function personRef(id: string | null): PersonRef | null {
  return id === null ? null : { id };
}

export const unitRef = (code: string): AdministrativeUnitRef => ({ code });
