import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities other subgraphs own, declared here by key only so this subgraph can add fields to them (loans)
// and point at them from its own records. The owners keep every other field.

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

/** A Women's Union savings-and-loan group (tổ tiết kiệm và vay vốn), through which policy-bank loans run. */
@ObjectType('SavingsLoanGroup')
@Directive('@key(fields: "id")')
export class SavingsLoanGroupRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;
}
