import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@chung-tay/common';
import { ProgrammeKind, TargetMetric } from '../enums';

@ObjectType({ description: 'Households of the area by the status the register gave them on one day.' })
export class PeopleCommitteeHouseholdCounts {
  @Field({ description: 'The day counted.' })
  asOf!: string;
  @Field(() => Int)
  poor!: number;
  @Field(() => Int, {
    description: 'Poor households in category A (able to work), where the province uses A/B.',
  })
  poorA!: number;
  @Field(() => Int, { description: 'Poor households in category B (social protection).' })
  poorB!: number;
  @Field(() => Int)
  nearPoor!: number;
  @Field(() => Int, { description: 'Households recognised as having escaped poverty.' })
  escapedPoverty!: number;
  @Field(() => Int, { description: 'Households recognised as having escaped near-poverty.' })
  escapedNearPoverty!: number;
}

@ObjectType({ description: "Progress against one of the unit's targets for the period's year." })
export class PeopleCommitteeTargetProgress {
  @Field(() => TargetMetric)
  metric!: TargetMetric;
  @Field(() => Float)
  targetPercent!: number;
  @Field(() => Int, {
    description: 'Reductions: households on 31 Dec of the year before. Coverage: poor/near-poor people.',
  })
  baseline!: number;
  @Field(() => Int, { description: 'Reductions: households at the period end. Coverage: people covered.' })
  current!: number;
  @Field(() => Float, { description: 'Percent achieved, rounded to 2 decimals (half away from zero).' })
  achievedPercent!: number;
  @Field()
  met!: boolean;
}

@ObjectType({ description: 'Support of one programme kind given in the period.' })
export class PeopleCommitteeBenefitFigures {
  @Field(() => ProgrammeKind)
  kind!: ProgrammeKind;
  @Field(() => Int, { description: 'Benefits recorded.' })
  benefits!: number;
  @Field(() => Int, { description: 'Distinct households that received them.' })
  households!: number;
  @Field(() => MoneyScalar, { description: 'Their value in VND.' })
  value!: number;
}

@ObjectType({
  description:
    "The People's Committee's figures for an area and period, from the household register: status counts at the " +
    'start and end, movements between them, target progress and support given.',
})
export class PeopleCommitteeAreaFigures {
  @Field(() => PeopleCommitteeHouseholdCounts, { description: 'As of the day before the period starts.' })
  householdsAtStart!: PeopleCommitteeHouseholdCounts;
  @Field(() => PeopleCommitteeHouseholdCounts, {
    description: "As of the period's last day, or today while it runs.",
  })
  householdsAtEnd!: PeopleCommitteeHouseholdCounts;
  @Field(() => Int, { description: 'Poor or near-poor at the start, neither at the end.' })
  escaped!: number;
  @Field(() => Int, {
    description: 'Escaped (or not poor) at the start, poor or near-poor again at the end (tái nghèo).',
  })
  fellBack!: number;
  @Field(() => Int, { description: 'Not on the register at the start, poor or near-poor at the end.' })
  newlyPoorOrNearPoor!: number;
  @Field(() => [PeopleCommitteeTargetProgress], {
    description: "The targets set for this unit for the period's year, measured at the period end.",
  })
  targets!: PeopleCommitteeTargetProgress[];
  @Field(() => [PeopleCommitteeBenefitFigures], {
    description: 'By programme kind, kinds with none left out.',
  })
  benefits!: PeopleCommitteeBenefitFigures[];
  @Field(() => Int)
  benefitsGiven!: number;
  @Field(() => MoneyScalar)
  benefitsValue!: number;
}
