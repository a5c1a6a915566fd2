import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, VisibleOnlyTo } from '@chung-tay/common';
import { BorrowerHouseholdStatus, BorrowerPoorCategory } from '../enums';

@ObjectType({
  description:
    "The lender's own customer record (hồ sơ khách hàng) of a person in the register: one per person. " +
    'Customer data: shown to the microfinance lender only.',
})
@Entity('borrower')
export class Borrower {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Customer number, e.g. KH-000123.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Field(() => ID, { description: 'The register person (from registerMatch).' })
  @Index({ unique: true })
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => ID, { description: 'The register household the person belonged to when registered.' })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field({ description: "Code of the household's commune or ward." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The lender's own record of the borrower's name (not copied from the register); lender only.",
  })
  @UseMiddleware(VisibleOnlyTo('microfinance'))
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Phone number, if given; lender only.' })
  @UseMiddleware(VisibleOnlyTo('microfinance'))
  @Column({ type: 'varchar', length: 15, nullable: true })
  phone!: string | null;

  @Field(() => BorrowerHouseholdStatus, {
    description: "The household's status as the register's match told it at registration.",
  })
  @Column({ name: 'household_status', type: 'varchar', length: 24 })
  householdStatus!: BorrowerHouseholdStatus;

  @Field(() => BorrowerPoorCategory, {
    nullable: true,
    description:
      'For a poor household in a province that splits them: A (able to work) or B (under social protection).',
  })
  @Column({ name: 'poor_category', type: 'varchar', length: 1, nullable: true })
  poorCategory!: BorrowerPoorCategory | null;

  @Field(() => DateScalar, { description: 'The day the lender registered the customer.' })
  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
