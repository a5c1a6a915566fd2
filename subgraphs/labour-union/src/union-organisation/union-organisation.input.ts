import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { UnionOrganisationLevel } from '../enums';

@InputType({ description: 'A union organisation joining the tree.' })
export class RegisterUnionOrganisationInput {
  @Field({ description: 'Short unique code, 3–30 capital letters, digits or dashes.' })
  @Matches(/^[A-Z0-9-]{3,30}$/, { message: 'code must be 3–30 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Công đoàn cơ sở Công ty May Việt Tiến.' })
  @Length(3, 200, { message: 'name must be 3 to 200 characters' })
  name!: string;

  @Field(() => UnionOrganisationLevel, {
    description:
      'Province federation, district federation, sector or industrial-zone union, or grassroots union.',
  })
  level!: UnionOrganisationLevel;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation directly above; none for a province federation.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a union organisation id' })
  parentId?: string | null;

  @Field({ description: 'The province (2 digits) or commune/ward (5 digits) the organisation is placed on.' })
  @Matches(/^\d{2}(\d{3})?$/, {
    message: 'unit code must be a province (2 digits) or commune (5 digits) code',
  })
  unitCode!: string;
}

@InputType({ description: 'Which union organisations to list. Every condition given must hold.' })
export class UnionOrganisationFilter {
  @Field({ nullable: true, description: 'Organisations placed on this unit or any unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => [UnionOrganisationLevel], { nullable: true, description: 'Only these levels.' })
  @IsOptional()
  level?: UnionOrganisationLevel[];

  @Field(() => ID, { nullable: true, description: 'This organisation and every organisation below it.' })
  @IsOptional()
  @IsUUID('all', { message: 'withinId must be a union organisation id' })
  withinId?: string;
}
