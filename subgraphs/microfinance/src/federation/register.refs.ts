import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The Women's Union's groups, declared by key only so that loans can point at them; the shared references to
// households and persons come from the kit.

/** A Women's Union savings-and-loan group (tổ tiết kiệm và vay vốn), through which policy-bank loans run. */
@ObjectType('SavingsLoanGroup')
@Directive('@key(fields: "id")')
export class SavingsLoanGroupRef {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  id!: string;
}
