import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar, IdempotencyKeyField, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import {
  FrontSponsorKind,
  SponsorshipLevel,
  SponsorshipPaymentMethod,
  SponsorshipPledgeStatus,
} from '../enums';

@InputType({ description: 'A sponsor under Resolution 179/2019.' })
export class RegisterFrontSponsorInput {
  @Field(() => FrontSponsorKind, {
    description:
      'A commune, a district unit, a province body, an enterprise, an individual, a family or a hometown association.',
  })
  kind!: FrontSponsorKind;

  @Field({ description: 'e.g. UBND và Ủy ban MTTQ xã Bù Gia Mập; Phòng Văn hóa – Xã hội; Công ty TNHH …' })
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name!: string;

  @Field({
    description:
      'The unit whose Front committee mobilised it: the commune itself for a COMMUNE, the province for a ' +
      'PROVINCE_BODY, a commune or the province for the others.',
  })
  @Matches(/^\d{2}(\d{3})?$/, {
    message: 'unit code must be the 2-digit code of a province or the 5-digit code of a commune',
  })
  unitCode!: string;

  @Field(() => Int, { nullable: true, description: 'Staff (CBCC-NLĐ) of a DISTRICT_UNIT; only for those.' })
  @IsOptional()
  @Min(1, { message: 'staff count must be at least 1' })
  @Max(100_000)
  staffCount?: number;

  @Field(() => String, { nullable: true, description: 'Contact person and phone.' })
  @IsOptional()
  @MaxLength(200)
  contact?: string;
}

@InputType({ description: "One sponsor's part of a pledge." })
export class SponsorShareInput {
  @Field(() => ID, { description: 'Id of the sponsor.' })
  @IsUUID('all', { message: 'sponsor id must be a UUID' })
  sponsorId!: string;

  @Field(() => MoneyScalar, { description: 'What this sponsor gives each month, in whole đồng.' })
  @Min(1, { message: 'amount per month must be a positive number of đồng' })
  amountPerMonth!: number;
}

@InputType({
  description:
    'A pledge signed for a person on the needs list. The amount per month is the sum of the shares; with more ' +
    'than one sponsor, one organisation among them is the coordinator who collects and pays.',
})
export class SignSponsorshipPledgeInput {
  @Field(() => ID, { description: 'Id of the needs-list entry.' })
  @IsUUID('all', { message: 'needs list entry id must be a UUID' })
  needsListEntryId!: string;

  @Field(() => [SponsorShareInput], {
    description: 'Each sponsor and its amount per month; one of them the coordinator.',
  })
  @ArrayMinSize(1, { message: 'a pledge has at least one sponsor' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  sponsors!: SponsorShareInput[];

  @Field(() => ID, { nullable: true, description: 'Required with more than one sponsor.' })
  @IsOptional()
  @IsUUID('all', { message: 'coordinator must be a sponsor id (a UUID)' })
  coordinatorSponsorId?: string;

  @Field(() => PeriodScalar, { description: 'First month paid for, e.g. 2025-01.' })
  startMonth!: Period;

  @Field(() => PeriodScalar, { description: 'Last month paid for, e.g. 2026-12.' })
  endMonth!: Period;

  @Field(() => SponsorshipPaymentMethod, { description: 'Cash or bank transfer.' })
  paymentMethod!: SponsorshipPaymentMethod;

  @Field(() => DateScalar, { description: 'The day the pledge was signed.' })
  signedOn!: string;
}

@InputType({ description: 'A pledge ends before its end month.' })
export class EndSponsorshipPledgeInput {
  @Field(() => PeriodScalar, { description: 'The last month still paid for.' })
  lastMonth!: Period;

  @Field(() => DateScalar, { description: 'The day it was ended.' })
  endedOn!: string;

  @Field({ description: 'Why it ends, e.g. the person passed away or moved.' })
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason!: string;
}

@InputType({
  description:
    'Payments of a pledge for one or more months (e.g. a quarter handed over at once), one record per month. ' +
    "Each month's amount is at most the pledge's amount per month.",
})
export class RecordSponsorshipPaymentInput {
  @Field(() => ID, { description: 'Id of the pledge.' })
  @IsUUID('all', { message: 'pledge id must be a UUID' })
  pledgeId!: string;

  @Field(() => [PeriodScalar], { description: 'The months paid for, e.g. 2025-01, 2025-02, 2025-03.' })
  @ArrayMinSize(1, { message: 'name at least one month' })
  @ArrayMaxSize(12)
  months!: Period[];

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Paid for each month; the pledge's amount if left out.",
  })
  @IsOptional()
  @Min(1, { message: 'amount per month must be a positive number of đồng' })
  amountPerMonth?: number;

  @Field(() => DateScalar, { description: 'The day it was paid.' })
  paidOn!: string;

  @Field(() => SponsorshipPaymentMethod, { nullable: true, description: "The pledge's method if left out." })
  @IsOptional()
  method?: SponsorshipPaymentMethod;

  @Field(() => ID, {
    nullable: true,
    description:
      'When the Front committee pays it out of its fund (as coordinator): the fund, which is debited.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'fund id must be a UUID' })
  fromFundId?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Which sponsors to list. Every condition given must hold.' })
export class FrontSponsorFilter {
  @Field({ nullable: true, description: 'Sponsors of this unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => [FrontSponsorKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  kind?: FrontSponsorKind[];

  @Field(() => SponsorshipLevel, {
    nullable: true,
    description: 'Only sponsors of this level (commune, district or province).',
  })
  @IsOptional()
  level?: SponsorshipLevel;
}

@InputType({ description: 'Which pledges to list. Every condition given must hold.' })
export class SponsorshipPledgeFilter {
  @Field({ nullable: true, description: 'Pledges for people of this unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => SponsorshipPledgeStatus, { nullable: true, description: 'As of this month.' })
  @IsOptional()
  status?: SponsorshipPledgeStatus;

  @Field(() => PeriodScalar, { nullable: true, description: 'Running at some time in this period.' })
  @IsOptional()
  runningIn?: Period;

  @Field(() => ID, { nullable: true, description: "Only this sponsor's." })
  @IsOptional()
  @IsUUID('all', { message: 'sponsor id must be a UUID' })
  sponsorId?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Pledges with a due month (up to the month of this day) not paid in full.',
  })
  @IsOptional()
  inArrearsOn?: string;
}
