import { ArrayMinSize, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@chung-tay/common';
import { DeprivationIndicator } from '../enums';

@InputType({ description: "A province's own (higher) poverty standard." })
export class DefineProvincialStandardInput {
  @Field({ description: 'e.g. HCM-2026-2030.' })
  @Matches(/^[A-Z0-9-]{3,40}$/, { message: 'standard code must be 3–40 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Chuẩn nghèo TP Hồ Chí Minh 2026–2030.' })
  @Length(3, 200)
  name!: string;

  @Field({ description: 'The resolution or decision that sets it.' })
  @Length(3, 300)
  legalBasis!: string;

  @Field({ description: 'GSO code of the province.' })
  @Matches(/^\d{2}$/, { message: 'province code must be 2 digits' })
  provinceCode!: string;

  @Field(() => DateScalar, { description: 'First day the standard applies.' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day the standard applies.' })
  validTo!: string;

  @Field(() => MoneyScalar, { description: 'Income line for rural areas, VND per person per month.' })
  @Min(1)
  ruralPovertyLine!: number;

  @Field(() => MoneyScalar, { description: 'Income line for urban areas, VND per person per month.' })
  @Min(1)
  urbanPovertyLine!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Upper income line of middle-income households in rural areas, VND per person per month.',
  })
  ruralMiddleIncomeLine?: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Upper income line of middle-income households in urban areas, VND per person per month.',
  })
  urbanMiddleIncomeLine?: number;

  @Field(() => [DeprivationIndicator], { description: 'The deprivation indicators the standard counts.' })
  @ArrayMinSize(1)
  indicators!: DeprivationIndicator[];

  @Field(() => Int, {
    defaultValue: 3,
    description:
      'Deprivations that make a household under the line poor rather than near-poor (3 nationally).',
  })
  @Min(1)
  @Max(13)
  minDeprivationsForPoor!: number;
}
