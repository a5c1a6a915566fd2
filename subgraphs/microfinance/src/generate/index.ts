import { GenerationWave, refuseWhenAny, type OrganisationGenerators } from '@chung-tay/common/generate';
import { generateMicrofinance } from './bulk';
import { demo } from './linked-demo';

/**
 * The lender's demo books (through the gateway) and its generated rows; both come after the Women's Union,
 * whose savings-and-loan groups some loans go through.
 */
export const generators: OrganisationGenerators = {
  demo,
  bulk: {
    wave: GenerationWave.AFTER_LINKED,
    refusal: refuseWhenAny('microfinance', 'borrower'),
    generate: (ctx) => generateMicrofinance(ctx, ctx.need('savingsGroups')),
  },
};
