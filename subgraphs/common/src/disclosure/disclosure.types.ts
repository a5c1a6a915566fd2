import { Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'How a set of figures was protected for the reader. The organisation that owns the records sees them exact; ' +
    'everyone else sees counts under minRecords withheld (null: show "<minRecords") and larger counts rounded ' +
    'to base minRecords, and amounts from fewer than minRecords records withheld (null) and larger ones ' +
    'shifted by a small keyed amount (show them as approximate).',
})
@Directive('@shareable')
export class FigureDisclosure {
  @Field({ description: 'True when the figures are exact: the reader belongs to the owning organisation.' })
  exact!: boolean;

  @Field(() => Int, {
    description: 'N: the fewest records a figure shown to other organisations comes from.',
  })
  minRecords!: number;

  @Field(() => [String], {
    description:
      'The figures withheld because fewer than minRecords records are behind them, as dotted paths from the ' +
      'figure set (a list entry by its kind, e.g. "buckets.DPD_31_60.loans").',
  })
  suppressed!: string[];
}
