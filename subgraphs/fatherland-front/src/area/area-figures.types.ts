import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, FigureDisclosure, MoneyScalar } from '@chung-tay/common';

/*
 * The Front's figures for an area and a period, plain data (frozen as JSON in its reports). Records count for the
 * area when their unit is the area's unit or a unit below it (for a unit retired in 2025: the units that took it
 * over): a fund by the unit of its committee, a house, a needs-list entry or a pledge by the commune of the
 * household. Flows count records dated inside the period; stocks are as of `asOf`.
 */

@ObjectType({
  description:
    'For-the-Poor money of the funds of the area\'s Front committees (Quỹ "Vì người nghèo"), in whole VND.',
})
export class FatherlandFrontAreaFund {
  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Balance at the end of the day before the period starts: donations less disbursements dated before it.',
  })
  openingBalance!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Money in: donations dated inside the period.' })
  donations!: number | null;

  @Field(() => Int, { nullable: true, description: 'Donations dated inside the period.' })
  donationCount!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Money out: disbursements dated inside the period (gifts, medical and school help, house shares, ' +
      'sponsorship payments made from a fund).',
  })
  disbursements!: number | null;

  @Field(() => Int, { nullable: true, description: 'Disbursements dated inside the period.' })
  disbursementCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Households of the register paid at least once in the period, each counted once in the area.',
  })
  householdsSupported!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Balance at the end of `asOf`: openingBalance + donations − disbursements.',
  })
  closingBalance!: number | null;
}

@ObjectType({ description: 'Great-solidarity houses (nhà Đại đoàn kết) of the area.' })
export class FatherlandFrontAreaHouses {
  @Field(() => Int, {
    nullable: true,
    description: 'Houses approved by the Front committee inside the period (any status since).',
  })
  approved!: number | null;

  @Field(() => Int, { nullable: true, description: 'New houses (BUILD) handed over inside the period.' })
  built!: number | null;

  @Field(() => Int, { nullable: true, description: 'Repairs (REPAIR) handed over inside the period.' })
  repaired!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Total cost, all funding sources, of the houses handed over inside the period (VND).',
  })
  completedValue!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Houses approved by `asOf`, neither handed over nor cancelled by then (planned or being built).',
  })
  inProgress!: number | null;
}

@ObjectType({
  description:
    'Sponsorship pledges (đỡ đầu) for people on the needs list of the area, counted by the commune of the ' +
    "person sponsored. A month is due from the pledge's start month to the as-of month (within its end month).",
})
export class FatherlandFrontAreaSponsorship {
  @Field(() => Int, {
    nullable: true,
    description: 'People on the needs list on `asOf` (listed on or before it, not removed by it).',
  })
  peopleInNeed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Pledges signed inside the period.' })
  pledgesSigned!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Pledges active on `asOf`: signed by then and running in its month (start ≤ month ≤ end).',
  })
  activePledges!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Monthly amount of the active pledges together (VND per month).',
  })
  pledgedPerMonth!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Payments to sponsored people paid inside the period (by paid-on day).',
  })
  paid!: number | null;

  @Field(() => Int, { nullable: true, description: 'Monthly payment records paid inside the period.' })
  paymentCount!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Arrears on `asOf` over the pledges signed by then: for every due month, the monthly amount less what ' +
      "was paid for that month on or before `asOf` (missed months in full, partial payments' shortfall).",
  })
  arrears!: number | null;

  @Field(() => Int, { nullable: true, description: 'Pledges with arrears on `asOf`.' })
  pledgesInArrears!: number | null;
}

@ObjectType({
  description:
    'Sponsorship coverage on `asOf` under the Resolution 179/2019 plan (the rules of `sponsorshipCoverage`). ' +
    "The 70 % rule is a commune rule: for a commune it is that commune's result; for a province (or a unit " +
    'retired in 2025) it is met only when every commune of the area with people in need meets it, and the ' +
    'counts say how many do.',
})
export class FatherlandFrontAreaCoverage {
  @Field(() => Int, {
    nullable: true,
    description: 'People in need covered by an active pledge with a commune- or district-level sponsor.',
  })
  coveredLocally!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'People in need covered only by province-level sponsors.',
  })
  coveredByProvinceOnly!: number | null;

  @Field(() => Int, { nullable: true, description: 'People in need with no active pledge.' })
  notCovered!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The province's list: people in need the local levels do not cover (peopleInNeed − coveredLocally).",
  })
  provinceList!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'coveredLocally ÷ peopleInNeed over the whole area, in percent rounded to 1 decimal (half away from ' +
      'zero); null with nobody in need.',
  })
  localSharePercent!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Communes of the area with people in need (those the 70 % rule checks).',
  })
  communesChecked!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of them, communes whose local sponsors cover at least ceil(0.7 × people in need) people.',
  })
  communesMeetingSeventyPercent!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The 70 % rule for the area: every commune checked meets it (for a commune: the commune does); null ' +
      'when no commune has people in need.',
  })
  seventyPercentRuleMet!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Communes meeting the rule that a commune sponsors at least 2 of its people.',
  })
  communesSponsoringTwo!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'District units (kind DISTRICT_UNIT) registered in the area.',
  })
  districtUnitsChecked!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of them, units sponsoring their due share on pledges of the area (≥ 1 person with 10 or more staff, ≥ ½ ' +
      'under 10).',
  })
  districtUnitsMeetingRule!: number | null;

  @Field({ description: 'Every coverage rule passed for the area (as sponsorshipCoverage.passed).' })
  allRulesMet!: boolean;
}

@ObjectType({
  description:
    "The Fatherland Front's figures for an area and a period (section FRONT_FUND_AND_SPONSORSHIP): the For-the-" +
    'Poor funds, solidarity houses, sponsorship pledges and their coverage, over the unit and every unit below it.',
})
export class FatherlandFrontAreaFigures {
  @Field(() => DateScalar, {
    description: "The day stocks are taken: the period's last day, or today while the period runs.",
  })
  asOf!: string;

  @Field(() => FatherlandFrontAreaFund, {
    description: 'The For-the-Poor funds of the area: balance, money in and out in the period.',
  })
  fund!: FatherlandFrontAreaFund;

  @Field(() => FatherlandFrontAreaHouses, { description: 'Solidarity houses of the area.' })
  houses!: FatherlandFrontAreaHouses;

  @Field(() => FatherlandFrontAreaSponsorship, {
    description: 'Sponsorship pledges and payments of the area.',
  })
  sponsorship!: FatherlandFrontAreaSponsorship;

  @Field(() => FatherlandFrontAreaCoverage, {
    description: 'The coverage rules of the Resolution 179/2019 plan, on the as-of day.',
  })
  coverage!: FatherlandFrontAreaCoverage;

  @Field(() => FigureDisclosure, {
    nullable: true,
    description: 'How the figures were protected for the reader.',
  })
  disclosure?: FigureDisclosure | null;
}
