import { ArrayMinSize, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@chung-tay/common';
import { DeprivationIndicator } from '../enums';

@InputType({ description: "A province's own (higher) poverty standard." })
export class DefineProvincialStandardInput {
  @Field({ description: 'e.g. HCM-2026-2030.' })
  @Matches(/^[A-Z0-9-]{3,40}$/, { message: 'standard code must be 3–40 capital letters, digits or dashes' })
  code!: string;

  @Field()
  @Length(3, 200)
  name!: string;

  @Field({ description: 'The resolution or decision that sets it.' })
  @Length(3, 300)
  legalBasis!: string;

  @Field()
  @Matches(/^\d{2}$/, { message: 'province code must be 2 digits' })
  provinceCode!: string;

  @Field(() => DateScalar)
  validFrom!: string;

  @Field(() => DateScalar)
  validTo!: string;

  @Field(() => MoneyScalar)
  @Min(1)
  ruralPovertyLine!: number;

  @Field(() => MoneyScalar)
  @Min(1)
  urbanPovertyLine!: number;

  @Field(() => MoneyScalar, { nullable: true })
  ruralMiddleIncomeLine?: number;

  @Field(() => MoneyScalar, { nullable: true })
  urbanMiddleIncomeLine?: number;

  @Field(() => [DeprivationIndicator])
  @ArrayMinSize(1)
  indicators!: DeprivationIndicator[];

  @Field(() => Int, { defaultValue: 3 })
  @Min(1)
  @Max(13)
  minDeprivationsForPoor!: number;
}
