import { IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, IdempotencyKeyField, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';

@InputType({ description: "Workers' gifts to the For-the-Poor fund, handed over during the campaign." })
export class RecordFundGiftInput {
  @Field(() => ID, { description: 'The union organisation that collected the gifts.' })
  @IsUUID('all', { message: 'unionOrganisationId must be a union organisation id' })
  unionOrganisationId!: string;

  @Field(() => Int, { nullable: true, description: "The campaign's year; the date's year if left out." })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  campaignYear?: number;

  @Field(() => DateScalar, {
    description: "Inside the campaign: 17 October – 18 November of the campaign's year.",
  })
  date!: string;

  @Field(() => Int, { description: 'Workers who gave, at least 1.' })
  @Min(1, { message: 'contributors must be at least 1' })
  contributors!: number;

  @Field(() => MoneyScalar, { description: 'Amount in VND, more than 0.' })
  @Min(1, { message: 'amount must be more than 0 đồng' })
  amount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Free text; any organisation that may read the gift reads it.',
  })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Which fund gifts to list. Every condition given must hold.' })
export class FundGiftFilter {
  @Field({
    nullable: true,
    description: 'Gifts collected by organisations on this unit or any unit below it.',
  })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Gifts collected by this organisation or any organisation below it.',
  })
  @IsOptional()
  unionOrganisationId?: string;

  @Field(() => Int, { nullable: true, description: "Only gifts of this year's campaign." })
  @IsOptional()
  campaignYear?: number;

  @Field(() => PeriodScalar, { nullable: true, description: 'Gifts handed over in this period.' })
  @IsOptional()
  period?: Period;
}
