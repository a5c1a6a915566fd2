import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, VisibleOnlyTo } from '@chung-tay/common';

@ObjectType({
  description:
    "A member (hội viên) of the Women's Union, linked to a person of the register. The union keeps its own copy of " +
    'her name (its member register); everything else about her is read from the register through the graph.',
})
@Entity('union_member')
export class WomensUnionMember {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The commune chapter or branch she belongs to.' })
  @Index()
  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Field({ description: "Code of her chapter's commune." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => ID, { description: "The person in the People's Committee's register." })
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Full name as in the union's member register; Women's Union only.",
  })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** Name folded for search without diacritics. */
  @Column({ name: 'name_search', type: 'text' })
  nameSearch!: string;

  @Field(() => String, {
    nullable: true,
    description: "Member card number (số thẻ hội viên); Women's Union only.",
  })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ name: 'member_card_number', type: 'varchar', length: 30, nullable: true })
  memberCardNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Phone number; Women's Union only." })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ type: 'varchar', length: 15, nullable: true })
  phone!: string | null;

  @Field(() => DateScalar, { description: "The day she joined the Women's Union." })
  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When she left the union; null while a member.' })
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
