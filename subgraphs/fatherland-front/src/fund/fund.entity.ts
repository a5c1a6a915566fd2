import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@chung-tay/common';

@ObjectType({
  description:
    'The "Vì người nghèo" (For the Poor) fund of one Fatherland Front committee. Its balance is never stored: ' +
    'it is the sum of donations less disbursements up to a date.',
})
@Entity('front_fund')
export class FrontFund {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({
    description: 'The unit whose Front committee runs the fund (a province or a commune), one fund each.',
  })
  @Index({ unique: true })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field({ description: 'e.g. Quỹ Vì người nghèo phường Sài Gòn.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => DateScalar, { description: 'No donation or disbursement is dated before this day.' })
  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
