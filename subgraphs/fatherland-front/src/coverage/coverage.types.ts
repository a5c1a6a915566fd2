import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, FigureDisclosure } from '@chung-tay/common';
import { SponsorshipCoverageRuleKind } from '../enums';

const WITHHELD = ' Null when withheld from another organisation (see disclosure).';

@ObjectType({
  description: "A unit's figures under one coverage rule: a commune, or a district unit (with sponsorId).",
})
export class SponsorshipCoverageFinding {
  @Field({ description: 'The commune, or the unit a district unit is attached to.' })
  unitCode!: string;

  @Field(() => ID, { nullable: true, description: 'The district unit, for the district-unit rules.' })
  sponsorId!: string | null;

  @Field(() => Int, { nullable: true, description: "A district unit's staff; null for a commune." })
  staffCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "A commune's people in need; null for a district unit or when withheld.",
  })
  peopleInNeed!: number | null;

  @Field(() => Float, {
    description:
      'People sponsored (for a commune) or person-equivalents (for a district unit: its shares of the monthly ' +
      'amounts of its pledges, e.g. 0.5 for half a pledge).' +
      WITHHELD,
    nullable: true,
  })
  sponsored!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'What the rule asks for, in the same measure; for a commune, null for other organisations (it is ' +
      'worked from the exact people in need).',
  })
  required!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'For the 70 % rule: covered locally ÷ people in need, as a fraction (0.6 = 60 %).',
    deprecationReason: 'Use localSharePercent: the schema gives rates in percent.',
  })
  localShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'For the 70 % rule: covered locally ÷ people in need, in percent rounded to 1 decimal (half away from zero); ' +
      'null for the other rules.' +
      WITHHELD,
  })
  localSharePercent!: number | null;

  @Field({ description: 'Whether the unit meets the rule.' })
  passed!: boolean;
}

@ObjectType({
  description: 'One coverage rule: passed or not, and the units that fall short, with their figures.',
})
export class SponsorshipCoverageRule {
  @Field(() => SponsorshipCoverageRuleKind, { description: 'The rule.' })
  rule!: SponsorshipCoverageRuleKind;

  @Field({ description: 'The rule in words.' })
  description!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Null for another organisation when a commune it judges has its people in need withheld.',
  })
  passed!: boolean | null;

  @Field(() => Int, { description: 'Units the rule applies to.' })
  checked!: number;

  @Field(() => [SponsorshipCoverageFinding], {
    description: 'The units that fall short, with their figures.',
  })
  offenders!: SponsorshipCoverageFinding[];
}

@ObjectType({ description: "A commune's sponsorship figures." })
export class SponsorshipCommuneCoverage {
  @Field({ description: 'GSO code of the commune.' })
  unitCode!: string;

  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  peopleInNeed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'With a running pledge that has a commune-level sponsor.' + WITHHELD,
  })
  sponsoredByCommune!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'With a running pledge that has a commune- or district-level sponsor.' + WITHHELD,
  })
  coveredLocally!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'coveredLocally ÷ peopleInNeed, as a fraction (0.6 = 60 %).' + WITHHELD,
    deprecationReason: 'Use localSharePercent: the schema gives rates in percent.',
  })
  localShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'coveredLocally ÷ peopleInNeed, in percent rounded to 1 decimal (half away from zero).' + WITHHELD,
  })
  localSharePercent!: number | null;
}

@ObjectType({
  description:
    'The sponsorship coverage of an area on a day, checked against the rules of the Resolution 179/2019 plan. ' +
    'People in need are those on the needs list that day; a person is covered by a pledge running in that month.',
})
export class SponsorshipCoverageReport {
  @Field({ description: 'GSO code of the area checked.' })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'The day checked.' })
  asOf!: string;

  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  peopleInNeed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Covered by a pledge with a commune- or district-level sponsor.' + WITHHELD,
  })
  coveredLocally!: number | null;

  @Field(() => Int, { nullable: true, description: 'Covered only by province-level sponsors.' + WITHHELD })
  coveredByProvinceOnly!: number | null;

  @Field(() => Int, { nullable: true, description: WITHHELD.trim() })
  notCovered!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'coveredLocally ÷ peopleInNeed, as a fraction (0.6 = 60 %); null with nobody in need.',
    deprecationReason: 'Use localSharePercent: the schema gives rates in percent.',
  })
  localShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'coveredLocally ÷ peopleInNeed, in percent rounded to 1 decimal (half away from zero); null with nobody ' +
      'in need.' +
      WITHHELD,
  })
  localSharePercent!: number | null;

  @Field(() => Int, {
    description:
      "The province's list: people in need the local levels do not cover (the plan expects ≤ 30 %)." +
      WITHHELD,
    nullable: true,
  })
  provinceList!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Every rule passed; null for another organisation when a rule's verdict is withheld.",
  })
  passed!: boolean | null;

  @Field(() => [SponsorshipCoverageRule], {
    description: 'Each rule, passed or not, with the units that fall short.',
  })
  rules!: SponsorshipCoverageRule[];

  @Field(() => [SponsorshipCommuneCoverage], { description: 'Each commune with people in need.' })
  communes!: SponsorshipCommuneCoverage[];

  @Field(() => [SponsorshipCoverageFinding], { description: 'Each district unit of the area.' })
  districtUnits!: SponsorshipCoverageFinding[];

  @Field(() => FigureDisclosure, {
    nullable: true,
    description:
      'How the figures were protected for the reader: exact for the Front, under the threshold rule else.',
  })
  disclosure?: FigureDisclosure | null;
}
