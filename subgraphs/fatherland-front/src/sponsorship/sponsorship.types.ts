import { Field, Int, ObjectType } from 'type-graphql';
import { Connection, DateScalar, MoneyScalar, PeriodScalar } from '@chung-tay/common';
import { SponsorshipPledge } from './pledge.entity';
import { FrontSponsor } from './sponsor.entity';

@ObjectType({ description: 'A page of sponsors.' })
export class FrontSponsorConnection extends Connection(FrontSponsor) {}

@ObjectType({ description: 'A page of pledges.' })
export class SponsorshipPledgeConnection extends Connection(SponsorshipPledge) {}

@ObjectType({
  description:
    'What a pledge owes on a day: months from its start to that month (within its end), missed months (no ' +
    'payment), partly paid months, and the money still owed for them.',
})
export class SponsorshipArrears {
  @Field(() => DateScalar, { description: 'The day.' })
  asOf!: string;

  @Field(() => Int, { description: "Months from the pledge's start to the as-of month, within its end." })
  monthsDue!: number;

  @Field(() => [PeriodScalar], { description: 'Months due with nothing paid.' })
  missedMonths!: string[];

  @Field(() => [PeriodScalar], { description: 'Months due paid in part.' })
  partlyPaidMonths!: string[];

  @Field(() => MoneyScalar, { description: 'Amount per month × months due, VND.' })
  amountDue!: number;

  @Field(() => MoneyScalar, { description: 'Paid for those months, VND.' })
  amountPaid!: number;

  @Field(() => MoneyScalar, {
    description: 'Missed months in full plus the shortfall of partly paid months.',
  })
  arrears!: number;
}

@ObjectType({
  description:
    "Whether a person's income reaches the poverty line with sponsorship: the People's Committee's figures " +
    '(income from the latest assessment, the line in force for the area) plus the pledges running this month.',
})
export class SponsorshipTopUp {
  @Field(() => MoneyScalar, { nullable: true, description: 'Null when the household was never assessed.' })
  incomePerMonth!: number | null;

  @Field(() => MoneyScalar, {
    description: "Sum of the person's pledges running this month (in your units).",
  })
  pledgedPerMonth!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The poverty line that applies to the person's area, VND per person per month.",
  })
  povertyLine!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The person's income with the pledges, VND per month.",
  })
  totalPerMonth!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Income plus pledges is not below the line.' })
  reachesPovertyLine!: boolean | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'What is still missing to reach the line (0 when reached).',
  })
  shortfall!: number | null;
}
