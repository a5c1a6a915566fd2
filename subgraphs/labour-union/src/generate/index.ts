import { GenerationWave, refuseWhenAny, type OrganisationGenerators } from '@chung-tay/common/generate';
import { generateLabourUnion } from './bulk';
import { demo } from './linked-demo';

/** The union's demo records (through the gateway) and its generated rows, both pointing into the register. */
export const generators: OrganisationGenerators = {
  demo,
  bulk: {
    wave: GenerationWave.LINKED,
    refusal: refuseWhenAny('labour-union', 'union_organisation'),
    generate: generateLabourUnion,
  },
};
