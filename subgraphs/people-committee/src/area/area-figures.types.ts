import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FigureDisclosure, MoneyScalar } from '@chung-tay/common';
import { ProgrammeKind, TargetMetric } from '../enums';

@ObjectType({ description: 'Households of the area by the status the register gave them on one day.' })
export class PeopleCommitteeHouseholdCounts {
  @Field({ description: 'The day counted.' })
  asOf!: string;
  @Field(() => Int, { nullable: true, description: 'Poor households.' })
  poor!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Poor households in category A (able to work), where the province uses A/B.',
  })
  poorA!: number | null;
  @Field(() => Int, { nullable: true, description: 'Poor households in category B (social protection).' })
  poorB!: number | null;
  @Field(() => Int, { nullable: true, description: 'Near-poor households.' })
  nearPoor!: number | null;
  @Field(() => Int, { nullable: true, description: 'Households recognised as having escaped poverty.' })
  escapedPoverty!: number | null;
  @Field(() => Int, { nullable: true, description: 'Households recognised as having escaped near-poverty.' })
  escapedNearPoverty!: number | null;
}

@ObjectType({ description: "Progress against one of the unit's targets for the period's year." })
export class PeopleCommitteeTargetProgress {
  @Field(() => TargetMetric, { description: 'What the target measures.' })
  metric!: TargetMetric;
  @Field(() => Float, { description: 'The target, in percent (35 = 35 %).' })
  targetPercent!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Reductions: households on 31 Dec of the year before. Coverage: poor/near-poor people.',
  })
  baseline!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Reductions: households at the period end. Coverage: people covered.',
  })
  current!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Percent achieved, rounded to 2 decimals (half away from zero).',
  })
  achievedPercent!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether achievedPercent reaches targetPercent; null where the counts behind it are withheld.',
  })
  met!: boolean | null;
}

@ObjectType({ description: 'Support of one programme kind given in the period.' })
export class PeopleCommitteeBenefitFigures {
  @Field(() => ProgrammeKind, { description: 'The programme kind.' })
  kind!: ProgrammeKind;
  @Field(() => Int, { nullable: true, description: 'Benefits recorded.' })
  benefits!: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct households that received them.' })
  households!: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Their value in VND.' })
  value!: number | null;
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
  @Field(() => Int, { nullable: true, description: 'Poor or near-poor at the start, neither at the end.' })
  escaped!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Escaped (or not poor) at the start, poor or near-poor again at the end (tái nghèo).',
  })
  fellBack!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Not on the register at the start, poor or near-poor at the end.',
  })
  newlyPoorOrNearPoor!: number | null;
  @Field(() => [PeopleCommitteeTargetProgress], {
    description: "The targets set for this unit for the period's year, measured at the period end.",
  })
  targets!: PeopleCommitteeTargetProgress[];
  @Field(() => [PeopleCommitteeBenefitFigures], {
    description: 'By programme kind, kinds with none left out.',
  })
  benefits!: PeopleCommitteeBenefitFigures[];
  @Field(() => Int, { nullable: true, description: 'Support records dated in the period (all programmes).' })
  benefitsGiven!: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Their value in VND.' })
  benefitsValue!: number | null;

  @Field(() => FigureDisclosure, {
    nullable: true,
    description: 'How the figures were protected for the reader.',
  })
  disclosure?: FigureDisclosure | null;
}
