import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, FigureDisclosure } from '@chung-tay/common';

// Plain data only (no getters, no field resolvers): a report freezes these figures as JSON and serves them back.

@ObjectType({
  description:
    "The {{enText}}'s indicators for an area and a period, counted over its members registered on the unit or any " +
    'unit below it (for a unit retired in 2025: on its successors).',
})
export class {{Pascal}}AreaFigures {
  @Field(() => DateScalar, {
    description: "The day stocks are taken: the period's last day, or today if the period has not ended.",
  })
  asOf!: string;

  @Field(() => Int, { nullable: true, description: 'Members who had joined by asOf.' })
  members!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Distinct households of the People's Committee's register those members live in.",
  })
  householdsWithMembers!: number | null;

  @Field(() => FigureDisclosure, { nullable: true, description: 'How the figures were protected for the reader.' })
  disclosure?: FigureDisclosure | null;
}
