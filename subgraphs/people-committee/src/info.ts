import { SUBGRAPHS } from '@chung-tay/common';

export const info = SUBGRAPHS.find((s) => s.name === 'people-committee')!;
