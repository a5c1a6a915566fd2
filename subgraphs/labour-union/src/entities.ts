import { UnitTreeEntry } from '@chung-tay/common';
import { CareActivity } from './care/care-activity.entity';
import { CarePlan } from './care/care-plan.entity';
import { FundGift } from './fund-gift/fund-gift.entity';
import { UnionHouse } from './union-house/union-house.entity';
import { UnionMember } from './union-member/union-member.entity';
import { UnionOrganisation } from './union-organisation/union-organisation.entity';

export const entities = [
  UnitTreeEntry,
  UnionOrganisation,
  UnionMember,
  CarePlan,
  CareActivity,
  UnionHouse,
  FundGift,
];
