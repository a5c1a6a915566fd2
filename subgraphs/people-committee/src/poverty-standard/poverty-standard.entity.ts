import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar } from '@chung-tay/common';
import { DeprivationIndicator } from '../enums';

@ObjectType({
  description: 'A poverty standard: income lines and deprivation indicators, valid for a period.',
})
@Entity('poverty_standard')
export class PovertyStandard {
  @Field({ description: 'e.g. VN-2022-2025 (Decree 07/2021/NĐ-CP).' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Field({ description: 'e.g. Chuẩn nghèo đa chiều 2022–2025.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'The legal document that sets it.' })
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: "Set for a province's own (higher) standard." })
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @Field(() => DateScalar, { description: 'First day the standard applies.' })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day the standard applies.' })
  @Column({ name: 'valid_to', type: 'date' })
  validTo!: string;

  @Field(() => MoneyScalar, {
    description: 'Income per person per month at or below which a rural household is poor or near-poor.',
  })
  @Column({ name: 'rural_poverty_line', type: 'bigint', transformer: bigintTransformer })
  ruralPovertyLine!: number;

  @Field(() => MoneyScalar, { description: 'Income line for urban areas, VND per person per month.' })
  @Column({ name: 'urban_poverty_line', type: 'bigint', transformer: bigintTransformer })
  urbanPovertyLine!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Upper income line of middle-income households in rural areas, VND per person per month.',
  })
  @Column({
    name: 'rural_middle_income_line',
    type: 'bigint',
    nullable: true,
    transformer: bigintTransformer,
  })
  ruralMiddleIncomeLine!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Upper income line of middle-income households in urban areas, VND per person per month.',
  })
  @Column({
    name: 'urban_middle_income_line',
    type: 'bigint',
    nullable: true,
    transformer: bigintTransformer,
  })
  urbanMiddleIncomeLine!: number | null;

  @Field(() => [DeprivationIndicator], {
    description: 'The deprivation indicators the standard counts (12 in 2022–2025).',
  })
  @Column({ type: 'text', array: true })
  indicators!: DeprivationIndicator[];

  @Field(() => Int, { description: 'Deprivations at or above which a household under the line is poor (3).' })
  @Column({ name: 'min_deprivations_for_poor', type: 'int' })
  minDeprivationsForPoor!: number;
}
