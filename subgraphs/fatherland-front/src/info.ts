import { subgraphInfo } from '@chung-tay/common';

export const info = subgraphInfo('fatherland-front');
