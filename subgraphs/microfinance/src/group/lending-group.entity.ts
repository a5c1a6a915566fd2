import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@chung-tay/common';

@ObjectType({
  description:
    "A lender's own borrower group (nhóm) of a centre: a few women who guarantee each other's loans. Not the " +
    "Women's Union's savings-and-loan groups (SavingsLoanGroup).",
})
@Entity('lending_group')
export class LendingGroup {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'centre_id', type: 'uuid' })
  centreId!: string;

  @Index()
  @Column({ name: 'lender_id', type: 'uuid' })
  lenderId!: string;

  @Field({ description: 'Unique code, e.g. CEP-DN-25222-01-03.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field({ description: 'e.g. Nhóm 3.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Code of the commune or ward of its centre.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'The day it was formed.' })
  @Column({ name: 'formed_on', type: 'date' })
  formedOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
