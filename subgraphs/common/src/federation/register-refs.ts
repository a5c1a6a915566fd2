import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities the People's Committee owns, declared by key only so that another organisation's subgraph can add its
// fields to them and point at them from its own records; the owner keeps every other field. Only the types a
// subgraph's resolvers use reach its schema, so the People's Committee's own Household is not disturbed.

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
  @Field({
    description:
      "The official code of the administrative unit (tỉnh, xã), as the People's Committee keeps it.",
  })
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
