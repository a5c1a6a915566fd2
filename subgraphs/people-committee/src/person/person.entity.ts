import { Directive, Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, VisibleOnlyTo } from '@chung-tay/common';
import { RelationToHead, Sex } from '../enums';

@ObjectType({ description: 'A member of a registered household.' })
@Directive('@key(fields: "id")')
@Entity('person')
export class Person {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Full name, surname first (e.g. Nguyễn Thị Lan); People's Committee only.",
  })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** Lower-case, diacritics removed: lets "nguyen thi lan" find "Nguyễn Thị Lan". */
  @Column({ name: 'name_search', type: 'text' })
  nameSearch!: string;

  @Field(() => DateScalar, { nullable: true, description: "Exact birth date; People's Committee only." })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Field(() => Int, { description: 'Year of birth, enough for ages in reports.' })
  get birthYear(): number {
    return Number(this.birthDate.slice(0, 4));
  }

  @Field(() => Sex, { description: 'Sex, as the register records it.' })
  @Column({ type: 'varchar', length: 6 })
  sex!: Sex;

  @Field(() => RelationToHead, { description: 'Relation to the head of household.' })
  @Column({ name: 'relation_to_head', type: 'varchar', length: 16 })
  relationToHead!: RelationToHead;

  @Field(() => String, {
    nullable: true,
    description: "National ID (CCCD), 12 digits; People's Committee only.",
  })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Index({ unique: true, where: 'national_id IS NOT NULL' })
  @Column({ name: 'national_id', type: 'varchar', length: 12, nullable: true })
  nationalId!: string | null;

  @Field(() => String, { nullable: true, description: "People's Committee only." })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Column({ type: 'text', nullable: true })
  ethnicity!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
