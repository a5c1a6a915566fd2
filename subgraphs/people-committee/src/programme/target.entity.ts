import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numericTransformer } from '@chung-tay/common';
import { TargetMetric } from '../enums';

@ObjectType({ description: 'A yearly target for a unit, e.g. cut poor-A households by 35 %.' })
@Entity('target')
@Unique('target_unit_year_metric', ['unitCode', 'year', 'metric'])
export class Target {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'GSO code of its administrative unit (a province, or a commune or ward).' })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => Int, { description: "The target's year." })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => TargetMetric, { description: 'What the target measures.' })
  @Column({ type: 'varchar', length: 40 })
  metric!: TargetMetric;

  @Field(() => Float, {
    description: 'Target in percent: a reduction of the start-of-year count, or a coverage rate.',
  })
  @Column({
    name: 'target_percent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericTransformer,
  })
  targetPercent!: number;
}
