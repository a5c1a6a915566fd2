import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { DateScalar, IdempotencyKeyField, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { FrontDisbursementPurpose, FrontDonorKind } from '../enums';

const UNIT = { message: 'unit code must be the 2-digit code of a province or the 5-digit code of a commune' };

@InputType({ description: 'A Front committee opens its For-the-Poor fund (one per unit).' })
export class OpenFrontFundInput {
  @Field({ description: 'The province (2 digits) or commune/ward (5 digits) whose Front committee runs it.' })
  @Matches(/^\d{2}(\d{3})?$/, UNIT)
  unitCode!: string;

  @Field({ description: 'e.g. Quỹ "Vì người nghèo" tỉnh Đồng Nai.' })
  @Length(3, 200, { message: 'name must be 3 to 200 characters' })
  name!: string;

  @Field(() => DateScalar, { description: 'The day the fund opened.' })
  openedOn!: string;
}

@InputType({ description: 'A new fund-raising campaign of a Front committee.' })
export class CreateFrontCampaignInput {
  @Field({ description: 'Short unique code, 3–30 capital letters, digits or dashes, e.g. VNN-2025.' })
  @Matches(/^[A-Z0-9-]{3,30}$/, { message: 'campaign code must be 3–30 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Tháng cao điểm Vì người nghèo 2025.' })
  @Length(3, 300, { message: 'name must be 3 to 300 characters' })
  name!: string;

  @Field({ description: "GSO code of the committee's unit." })
  @Matches(/^\d{2}(\d{3})?$/, UNIT)
  unitCode!: string;

  @Field(() => DateScalar, { description: 'First day of the campaign.' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day of the campaign.' })
  endDate!: string;
}

@InputType({ description: 'Money given to a fund.' })
export class RecordFrontDonationInput {
  @Field(() => ID, { description: 'Id of the fund.' })
  @IsUUID('all', { message: 'fund id must be a UUID' })
  fundId!: string;

  @Field(() => FrontDonorKind, { description: 'Who gave: a person, an organisation or an enterprise.' })
  donorKind!: FrontDonorKind;

  @Field({ description: 'Name of the person, enterprise, agency or organisation that gave.' })
  @Length(2, 200, { message: 'donor name must be 2 to 200 characters' })
  donorName!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng, above 0.' })
  @Min(1, { message: 'amount must be a positive number of đồng' })
  amount!: number;

  @Field(() => DateScalar, { description: 'Day the money was received.' })
  date!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A campaign of the fund's committee or one above it, running on that day.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'campaign id must be a UUID' })
  campaignId?: string;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Fatherland Front only.' })
  @IsOptional()
  @MaxLength(500)
  note?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({
  description: 'Money paid out of a fund to a household of the register (or one of its members).',
})
export class RecordFrontDisbursementInput {
  @Field(() => ID, { description: 'Id of the fund.' })
  @IsUUID('all', { message: 'fund id must be a UUID' })
  fundId!: string;

  @Field(() => FrontDisbursementPurpose, { description: 'What the money is for.' })
  purpose!: FrontDisbursementPurpose;

  @Field(() => ID, { description: "The household's id in the register (from registerMatch)." })
  @IsUUID('all', { message: 'household id must be a UUID' })
  householdId!: string;

  @Field(() => ID, { nullable: true, description: 'The member it is for, when personal.' })
  @IsOptional()
  @IsUUID('all', { message: 'person id must be a UUID' })
  personId?: string;

  @Field(() => MoneyScalar, { description: "Whole đồng, above 0; at most the fund's balance that day." })
  @Min(1, { message: 'amount must be a positive number of đồng' })
  amount!: number;

  @Field(() => DateScalar, { description: 'The day it was paid.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Fatherland Front only.' })
  @IsOptional()
  @MaxLength(500)
  note?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Which funds to list.' })
export class FrontFundFilter {
  @Field({ nullable: true, description: 'Funds of this unit and of every unit below it.' })
  @IsOptional()
  unitCode?: string;
}

@InputType({ description: 'Which donations to list. Every condition given must hold.' })
export class FrontDonationFilter {
  @Field({ nullable: true, description: 'Donations to the funds of this unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: "Only this fund's." })
  @IsOptional()
  @IsUUID('all', { message: 'fund id must be a UUID' })
  fundId?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'Received in this period.' })
  @IsOptional()
  period?: Period;

  @Field(() => FrontDonorKind, { nullable: true, description: 'Only these kinds of donor.' })
  @IsOptional()
  donorKind?: FrontDonorKind;

  @Field(() => ID, { nullable: true, description: "Only this campaign's." })
  @IsOptional()
  @IsUUID('all', { message: 'campaign id must be a UUID' })
  campaignId?: string;
}

@InputType({ description: 'Which disbursements to list. Every condition given must hold.' })
export class FrontDisbursementFilter {
  @Field({ nullable: true, description: 'Paid from the funds of this unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: "Only this fund's." })
  @IsOptional()
  @IsUUID('all', { message: 'fund id must be a UUID' })
  fundId?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'Paid in this period.' })
  @IsOptional()
  period?: Period;

  @Field(() => [FrontDisbursementPurpose], { nullable: true, description: 'Only these purposes.' })
  @IsOptional()
  purpose?: FrontDisbursementPurpose[];

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  @IsUUID('all', { message: 'household id must be a UUID' })
  householdId?: string;
}

@InputType({ description: 'Which campaigns to list.' })
export class FrontCampaignFilter {
  @Field({ nullable: true, description: 'Campaigns of this unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => PeriodScalar, {
    nullable: true,
    description: 'Campaigns running at some time in this period.',
  })
  @IsOptional()
  period?: Period;
}
