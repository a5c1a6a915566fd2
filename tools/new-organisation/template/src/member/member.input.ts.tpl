import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@chung-tay/common';

@InputType({ description: 'A new member of the {{enText}}.' })
export class Register{{Pascal}}MemberInput {
  @Field({ description: "The member's full name." })
  fullName!: string;

  @Field({ description: 'The commune or ward (code in force) where the member is registered.' })
  unitCode!: string;

  @Field(() => ID, { nullable: true, description: "The People's Committee's household, if known." })
  householdId?: string | null;

  @Field(() => DateScalar, { description: 'When the member joined.' })
  joinedDate!: string;
}
