import { UnitTreeEntry } from '@chung-tay/common';

export const entities = [UnitTreeEntry];
