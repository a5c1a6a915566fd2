import type { Discloser } from '@chung-tay/common';
import { percent1 } from '../percent';
import type { FatherlandFrontAreaFigures } from './area-figures.types';

const n = (v: number | null) => v ?? 0;

/**
 * The Front's area figures as other organisations see them. Donations, disbursements, sponsorship payments and
 * arrears are judged by the records they sum; house and people counts by themselves. The balances are judged by
 * the period's donations and disbursements: exact balances either side of a quiet period would give its one
 * donation away (closing − opening = donations − disbursements). Counts of communes and district units describe
 * no person and stay exact; the 70 % rule's verdict is withheld where the people it judges are too few.
 */
export function discloseAreaFigures(f: FatherlandFrontAreaFigures, d: Discloser): FatherlandFrontAreaFigures {
  const { fund, houses, sponsorship: s, coverage: c } = f;
  const flows = n(fund.donationCount) + n(fund.disbursementCount);
  const peopleInNeed = d.count('sponsorship.peopleInNeed', n(s.peopleInNeed));
  const coveredLocally = d.count('coverage.coveredLocally', n(c.coveredLocally));
  return {
    asOf: f.asOf,
    fund: {
      openingBalance: d.amount('fund.openingBalance', n(fund.openingBalance), flows),
      donations: d.amount('fund.donations', n(fund.donations), n(fund.donationCount)),
      donationCount: d.count('fund.donationCount', n(fund.donationCount)),
      disbursements: d.amount('fund.disbursements', n(fund.disbursements), n(fund.disbursementCount)),
      disbursementCount: d.count('fund.disbursementCount', n(fund.disbursementCount)),
      householdsSupported: d.count('fund.householdsSupported', n(fund.householdsSupported)),
      closingBalance: d.amount('fund.closingBalance', n(fund.closingBalance), flows),
    },
    houses: {
      approved: d.count('houses.approved', n(houses.approved)),
      built: d.count('houses.built', n(houses.built)),
      repaired: d.count('houses.repaired', n(houses.repaired)),
      completedValue: d.amount(
        'houses.completedValue',
        n(houses.completedValue),
        n(houses.built) + n(houses.repaired),
      ),
      inProgress: d.count('houses.inProgress', n(houses.inProgress)),
    },
    sponsorship: {
      peopleInNeed,
      pledgesSigned: d.count('sponsorship.pledgesSigned', n(s.pledgesSigned)),
      activePledges: d.count('sponsorship.activePledges', n(s.activePledges)),
      pledgedPerMonth: d.amount('sponsorship.pledgedPerMonth', n(s.pledgedPerMonth), n(s.activePledges)),
      paid: d.amount('sponsorship.paid', n(s.paid), n(s.paymentCount)),
      paymentCount: d.count('sponsorship.paymentCount', n(s.paymentCount)),
      arrears: d.amount('sponsorship.arrears', n(s.arrears), n(s.pledgesInArrears)),
      pledgesInArrears: d.count('sponsorship.pledgesInArrears', n(s.pledgesInArrears)),
    },
    coverage: {
      ...c,
      coveredLocally,
      coveredByProvinceOnly: d.count('coverage.coveredByProvinceOnly', n(c.coveredByProvinceOnly)),
      notCovered: d.count('coverage.notCovered', n(c.notCovered)),
      provinceList: d.count('coverage.provinceList', n(c.provinceList)),
      localSharePercent: d.percent(coveredLocally, peopleInNeed || null, percent1),
      seventyPercentRuleMet: peopleInNeed === null ? null : c.seventyPercentRuleMet,
    },
  };
}
