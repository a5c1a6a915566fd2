import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, Min } from 'class-validator';
import { DateScalar, IdempotencyKeyField, MoneyScalar } from '@chung-tay/common';
import { BorrowerHouseholdStatus, BorrowerPoorCategory } from '../enums';

@InputType({
  description:
    "A customer record for a person of the register. Call the People's Committee's registerMatch(nationalId) " +
    'first and pass the person and household ids, the commune and the status it returned.',
})
export class RegisterBorrowerInput {
  @Field(() => ID, { description: 'registerMatch → person.id' })
  @IsUUID('all', { message: 'person id must be the id registerMatch returned' })
  personId!: string;

  @Field(() => ID, { description: 'registerMatch → household.id' })
  @IsUUID('all', { message: 'household id must be the id registerMatch returned' })
  householdId!: string;

  @Field({ description: "registerMatch → household.unitCode (the household's commune or ward)." })
  @Matches(/^\d{5}$/, { message: 'unit code must be the 5-digit code of a commune or ward' })
  unitCode!: string;

  @Field(() => BorrowerHouseholdStatus, { description: 'registerMatch → householdStatus' })
  householdStatus!: BorrowerHouseholdStatus;

  @Field(() => BorrowerPoorCategory, { nullable: true, description: 'registerMatch → poorCategory' })
  @IsOptional()
  poorCategory?: BorrowerPoorCategory;

  @Field({ description: "The name as the borrower gives it for the lender's own records." })
  @Length(2, 100)
  fullName!: string;

  @Field({ nullable: true, description: 'Vietnamese phone number, 10 or 11 digits starting with 0.' })
  @IsOptional()
  @Matches(/^0\d{9,10}$/, { message: 'phone must be 10 or 11 digits starting with 0' })
  phone?: string;

  @Field(() => DateScalar, { description: 'The day the lender registers the customer.' })
  registeredOn!: string;
}

@InputType({ description: 'Which borrowers to list. Every condition given must hold.' })
export class BorrowerFilter {
  @Field({ nullable: true, description: 'A unit code: that unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  householdId?: string;

  @Field(() => BorrowerHouseholdStatus, { nullable: true, description: 'Status told at registration.' })
  @IsOptional()
  householdStatus?: BorrowerHouseholdStatus;
}

@InputType('BorrowerSavingsInput', {
  description: "Money into or out of a borrower's savings with a lender.",
})
export class SavingsInput {
  @Field(() => ID, { description: 'Id of the borrower.' })
  @IsUUID('all', { message: 'borrower id must be a borrower id' })
  borrowerId!: string;

  @Field({ description: "The lender's code, e.g. CEP." })
  lenderCode!: string;

  @Field(() => DateScalar, { description: 'The day the money moved.' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng, above 0.' })
  @Min(1, { message: 'amount must be positive' })
  amount!: number;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
