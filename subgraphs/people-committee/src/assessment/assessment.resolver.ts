import { writeAs, InputArg } from '@chung-tay/common';
import { Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { assertRegisterWriter } from '../access';
import { Household } from '../household/household.entity';
import type { Context } from '../context';
import { PovertyStandard } from '../poverty-standard/poverty-standard.entity';
import { Assessment } from './assessment.entity';
import { RecordAssessmentInput } from './assessment.input';
import { recordAssessment } from './assessment.service';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Mutation(() => Assessment, {
    description:
      'Records a review, classifies the household under the standard and updates its status and history.',
  })
  recordAssessment(
    @InputArg()
    input: RecordAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    return writeAs(ctx, assertRegisterWriter, recordAssessment, input);
  }

  @FieldResolver(() => Household, { description: "The household in the People's Committee's register." })
  household(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(a.householdId);
  }

  @FieldResolver(() => PovertyStandard, { description: 'The poverty standard applied.' })
  standard(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.standard.load(a.standardCode);
  }
}
