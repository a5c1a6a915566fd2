import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { CareFundingSource, UnionHouseKind, UnionHouseStatus } from '../enums';

@ObjectType({ description: 'A "Mái ấm công đoàn" grant to build or repair a union member\'s house.' })
@Entity('union_house')
export class UnionHouse {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the member.' })
  @Index()
  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The member's household in the People's Committee's register.",
  })
  @Index()
  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId!: string | null;

  @Field(() => ID, { description: 'The union organisation that grants it.' })
  @Index()
  @Column({ name: 'union_organisation_id', type: 'uuid' })
  unionOrganisationId!: string;

  @Field({ description: "GSO code of the granting organisation's unit." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => UnionHouseKind, { description: 'Build or repair.' })
  @Index()
  @Column({ type: 'varchar', length: 6 })
  kind!: UnionHouseKind;

  @Field(() => MoneyScalar, { description: 'Grant in VND.' })
  @Column({ name: 'grant_amount', type: 'bigint', transformer: bigintTransformer })
  grantAmount!: number;

  @Field(() => CareFundingSource, { description: 'Who pays.' })
  @Index()
  @Column({ name: 'funding_source', type: 'varchar', length: 20 })
  fundingSource!: CareFundingSource;

  @Field(() => UnionHouseStatus, { description: 'Proposed, approved, completed or cancelled.' })
  @Index()
  @Column({ type: 'varchar', length: 10 })
  status!: UnionHouseStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the grant was approved.' })
  @Index()
  @Column({ name: 'approved_date', type: 'date', nullable: true })
  approvedDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the house was handed over.' })
  @Index()
  @Column({ name: 'completed_date', type: 'date', nullable: true })
  completedDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Labour Union only.' })
  @UseMiddleware(VisibleOnlyTo('labour-union'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  inCallerScope?: boolean;
}
