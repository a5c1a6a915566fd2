import { GenerationWave, refuseWhenAny, type OrganisationGenerators } from '@chung-tay/common/generate';
import { generateWomensUnion } from './bulk';
import { demo } from './linked-demo';

/**
 * The Women's Union's demo records (through the gateway) and its generated rows; the generated savings-and-loan
 * groups are handed to the lender, which lends to their members.
 */
export const generators: OrganisationGenerators = {
  demo,
  bulk: {
    wave: GenerationWave.LINKED,
    refusal: refuseWhenAny('womens-union', 'chapter'),
    generate: async (ctx) => ctx.provide('savingsGroups', await generateWomensUnion(ctx)),
  },
};
