import { UnitTreeEntry } from '@chung-tay/common';
import { {{Pascal}}Member } from './member/member.entity';

export const entities = [UnitTreeEntry, {{Pascal}}Member];
