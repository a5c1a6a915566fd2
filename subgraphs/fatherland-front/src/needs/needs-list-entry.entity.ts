import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, VisibleOnlyTo } from '@chung-tay/common';
import { NeedsListRemovalReason } from '../enums';

@ObjectType({
  description:
    "A person in need of sponsorship (a member of a poor household under social protection), as on the People's " +
    "Committee's list the Front received for a commune: the register's person and household ids, and the Front's " +
    'own copy of the name and year of birth the list gave.',
})
@Entity('needs_list_entry')
@Index(['unitCode', 'listedOn'])
// One current entry per person; a person listed again after leaving gets a new entry.
@Index('needs_list_entry_current_person', ['personId'], { unique: true, where: 'removed_on IS NULL' })
export class NeedsListEntry {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'The commune or ward of the household.' })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => ID, { description: "Id of the person in the People's Committee's register." })
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Full name as on the People's Committee's list (the Front's own copy); Fatherland Front only. Null for " +
      'entries received before the Front kept names.',
  })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ name: 'full_name', type: 'text', nullable: true })
  fullName!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of birth as on the list, if it gave one; Fatherland Front only.',
  })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Field(() => DateScalar, { description: 'Day the list with this person was received.' })
  @Column({ name: 'listed_on', type: 'date' })
  listedOn!: string;

  @Field(() => String, { nullable: true, description: "The People's Committee document that sent the list." })
  @Column({ name: 'source_document', type: 'text', nullable: true })
  sourceDocument!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day the person left the list; null while listed.',
  })
  @Column({ name: 'removed_on', type: 'date', nullable: true })
  removedOn!: string | null;

  @Field(() => NeedsListRemovalReason, {
    nullable: true,
    description: 'Why the person left the list; null while on it.',
  })
  @Column({ name: 'removal_reason', type: 'varchar', length: 20, nullable: true })
  removalReason!: NeedsListRemovalReason | null;

  @Field(() => String, { nullable: true, description: 'Fatherland Front only.' })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
