import { subgraphInfo } from '@chung-tay/common';

/** Its name, env prefix and port come from the vocabulary's registry. */
export const info = subgraphInfo('{{id}}');
