import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength, Min } from 'class-validator';
import { DateScalar, MoneyScalar, Period, PeriodScalar } from '@chung-tay/common';
import { WomensUnionSupportKind } from '../enums';

@InputType({ description: 'Support a chapter gave (find the household or person first with registerMatch).' })
export class RecordWomensUnionSupportInput {
  @Field(() => ID, { description: 'The chapter that gave it.' })
  chapterId!: string;

  @Field(() => WomensUnionSupportKind, { description: 'Training, a scholarship, a house, a gift …' })
  kind!: WomensUnionSupportKind;

  @Field(() => ID, { description: 'registerMatch → household.id' })
  householdId!: string;

  @Field(() => ID, { nullable: true, description: 'registerMatch → person.id, when it went to one person.' })
  @IsOptional()
  personId?: string | null;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Value in VND (the cost of a training place, a house, a gift).' })
  @Min(1, { message: 'value must be positive' })
  value!: number;

  @Field(() => String, { nullable: true, description: "Free text, seen by the Women's Union only." })
  @IsOptional()
  @MaxLength(300)
  note?: string | null;
}

@InputType({ description: 'Which support to list. Every condition given must hold.' })
export class WomensUnionSupportFilter {
  @Field({ nullable: true, description: 'Support given by chapters on this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: 'Given by this chapter and the chapters below it.' })
  @IsOptional()
  chapterId?: string;

  @Field(() => [WomensUnionSupportKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  kind?: WomensUnionSupportKind[];

  @Field(() => PeriodScalar, { nullable: true, description: 'Given in this period.' })
  @IsOptional()
  period?: Period;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  householdId?: string;
}
