import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { CareActivityKind, CareFundingSource } from '../enums';

@ObjectType({ description: 'A visit or gift the union gave a member or a household.' })
@Entity('care_activity')
@Index(['date', 'id'])
export class CareActivity {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => CareActivityKind, { description: 'A visit, a Tết gift, another holiday gift, or other care.' })
  @Index()
  @Column({ type: 'varchar', length: 12 })
  kind!: CareActivityKind;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  @Column({ type: 'date' })
  date!: string;

  @Field(() => ID, { description: 'The union organisation that gave it.' })
  @Index()
  @Column({ name: 'union_organisation_id', type: 'uuid' })
  unionOrganisationId!: string;

  @Field({ description: 'GSO code of the unit of the organisation that gave it.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => ID, { nullable: true, description: 'The member cared for, if one was named.' })
  @Index()
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @Field(() => ID, { nullable: true, description: "The People's Committee's household id, if known." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId!: string | null;

  @Field(() => MoneyScalar, { description: 'Value in VND (money and gifts).' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  value!: number;

  @Field(() => CareFundingSource, {
    description: "Who paid: the union's own fund, the For-the-Poor fund, a sponsor …",
  })
  @Index()
  @Column({ name: 'funding_source', type: 'varchar', length: 20 })
  fundingSource!: CareFundingSource;

  @Field(() => String, {
    nullable: true,
    description: 'Who sponsored it (funding source SPONSOR); Labour Union only.',
  })
  @UseMiddleware(VisibleOnlyTo('labour-union'))
  @Column({ name: 'sponsor_name', type: 'text', nullable: true })
  sponsorName!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The People's Committee programme it was given under, if any.",
  })
  @Index()
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The occasion, e.g. "Tết Ất Tỵ 2025" or "Tháng cao điểm Vì người nghèo 2024".',
  })
  @Column({ type: 'text', nullable: true })
  occasion!: string | null;

  @Field(() => String, { nullable: true, description: 'Labour Union only.' })
  @UseMiddleware(VisibleOnlyTo('labour-union'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  inCallerScope?: boolean;
}
