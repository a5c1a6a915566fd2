import { GenerationWave, refuseWhenAny, type OrganisationGenerators } from '@chung-tay/common/generate';
import { generateFatherlandFront } from './bulk';
import { demo } from './linked-demo';

/** The Front's demo records (through the gateway) and its generated rows, both pointing into the register. */
export const generators: OrganisationGenerators = {
  demo,
  bulk: {
    wave: GenerationWave.LINKED,
    refusal: refuseWhenAny('fatherland-front', 'front_fund'),
    generate: generateFatherlandFront,
  },
};
