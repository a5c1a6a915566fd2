import { UnitTreeEntry } from '@chung-tay/common';
import { WomensUnionChapter } from './chapter/chapter.entity';
import { WomensUnionMember } from './member/member.entity';
import {
  FiveNoThreeCleanPledge,
  FiveNoThreeCleanPledgedHousehold,
  FiveNoThreeCleanReview,
} from './pledge/pledge.entity';
import { ReportSubmission } from './report/report-submission.entity';
import {
  SavingsDayCampaign,
  SavingsDayContribution,
  SavingsDayTarget,
} from './savings-day/savings-day.entity';
import { SavingsLoanGroup, SavingsLoanGroupMembership } from './savings-loan-group/savings-loan-group.entity';
import { WomensUnionSupportActivity } from './support/support-activity.entity';

export const entities = [
  UnitTreeEntry,
  WomensUnionChapter,
  WomensUnionMember,
  FiveNoThreeCleanPledge,
  FiveNoThreeCleanPledgedHousehold,
  FiveNoThreeCleanReview,
  SavingsDayCampaign,
  SavingsDayTarget,
  SavingsDayContribution,
  SavingsLoanGroup,
  SavingsLoanGroupMembership,
  WomensUnionSupportActivity,
  ReportSubmission,
];
