import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { DateScalar } from '@chung-tay/common';

const PHONE = /^0\d{9}$/;
const PHONE_MESSAGE = 'phone must be 10 digits starting with 0';
const CARD = /^[A-Za-z0-9./-]{3,30}$/;
const CARD_MESSAGE = 'member card number must be 3–30 letters, digits, dots, dashes or slashes';

@InputType({
  description:
    "A woman joining the union. Her tool first finds her in the register with `registerMatch` and passes the person's and household's ids.",
})
export class RegisterWomensUnionMemberInput {
  @Field(() => ID, { description: 'The commune chapter or branch she joins.' })
  chapterId!: string;

  @Field(() => ID, { description: 'registerMatch → person.id' })
  personId!: string;

  @Field(() => ID, { description: 'registerMatch → household.id' })
  householdId!: string;

  @Field({ description: "Her full name for the union's member register, surname first." })
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => DateScalar, { description: 'The day she joined.' })
  joinedOn!: string;

  @Field(() => String, { nullable: true, description: 'Her member card number, if she has one.' })
  @IsOptional()
  @Matches(CARD, { message: CARD_MESSAGE })
  memberCardNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Her phone number, if given; personal data.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;
}

@InputType({ description: "Changes to a member's record; fields left out stay as they are." })
export class UpdateWomensUnionMemberInput {
  @Field(() => ID, { nullable: true, description: 'Moves her to another commune chapter or branch.' })
  @IsOptional()
  chapterId?: string;

  @Field({ nullable: true, description: 'Full name; personal data, seen only by the owning organisation.' })
  @IsOptional()
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName?: string;

  @Field(() => String, { nullable: true, description: "The member's card number." })
  @IsOptional()
  @Matches(CARD, { message: CARD_MESSAGE })
  memberCardNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number; personal data.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;
}

@InputType({ description: 'Which members to list. Every condition given must hold.' })
export class WomensUnionMemberFilter {
  @Field({ nullable: true, description: 'Members in chapters on this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: 'Members of this chapter and the chapters below it.' })
  @IsOptional()
  chapterId?: string;

  @Field({ nullable: true, description: 'true: current members only; false: former members only.' })
  @IsOptional()
  current?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  householdId?: string;

  @Field({
    nullable: true,
    description: "Part of her name, with or without diacritics (Women's Union only).",
  })
  @IsOptional()
  @Length(2, 60)
  search?: string;
}
