import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@chung-tay/common';

/**
 * The People's Committee's register entities, as this subgraph extends them: only the key, plus (for Person) the
 * two figures the sponsorship top-up needs, which the gateway fetches from the register and hands over (@requires).
 */
@ObjectType('Person', { description: 'A member of a registered household.' })
@Directive('@key(fields: "id")')
export class PersonRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Directive('@external')
  incomePerMonth?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  @Directive('@external')
  povertyLine?: number | null;
}

@ObjectType('Household', { description: "A household in the register kept by the People's Committee." })
@Directive('@key(fields: "id")')
export class HouseholdRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;
}

@ObjectType('AdministrativeUnit', { description: 'A province or a commune/ward, with its GSO code.' })
@Directive('@key(fields: "code", resolvable: false)')
export class UnitRef {
  @Field()
  code!: string;
}

export const unitRef = (code: string): UnitRef => ({ code });
export const personRef = (id: string): PersonRef => ({ id });
export const householdRef = (id: string): HouseholdRef => ({ id });
