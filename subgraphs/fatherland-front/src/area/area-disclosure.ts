import type { Discloser } from '@chung-tay/common';
import { percent1 } from '../percent';
import type { FatherlandFrontAreaFigures } from './area-figures.types';

/**
 * The Front's area figures as other organisations see them. Donations, disbursements, sponsorship payments and
 * arrears are judged by the records they sum; house and people counts by themselves. The balances are judged by
 * the period's donations and disbursements: exact balances either side of a quiet period would give its one
 * donation away (closing − opening = donations − disbursements). Counts of communes and district units describe
 * no person and stay exact; the 70 % rule's verdict is withheld where the people it judges are too few.
 */
export function discloseAreaFigures(f: FatherlandFrontAreaFigures, d: Discloser): FatherlandFrontAreaFigures {
  const { fund, houses, sponsorship: s, coverage: c } = f;
  const flows = (fund.donationCount ?? 0) + (fund.disbursementCount ?? 0);
  const peopleInNeed = d.count('sponsorship.peopleInNeed', s.peopleInNeed);
  const coveredLocally = d.count('coverage.coveredLocally', c.coveredLocally);
  return {
    asOf: f.asOf,
    fund: {
      openingBalance: d.amount('fund.openingBalance', fund.openingBalance, flows),
      donations: d.amount('fund.donations', fund.donations, fund.donationCount),
      donationCount: d.count('fund.donationCount', fund.donationCount),
      disbursements: d.amount('fund.disbursements', fund.disbursements, fund.disbursementCount),
      disbursementCount: d.count('fund.disbursementCount', fund.disbursementCount),
      householdsSupported: d.count('fund.householdsSupported', fund.householdsSupported),
      closingBalance: d.amount('fund.closingBalance', fund.closingBalance, flows),
    },
    houses: {
      approved: d.count('houses.approved', houses.approved),
      built: d.count('houses.built', houses.built),
      repaired: d.count('houses.repaired', houses.repaired),
      completedValue: d.amount(
        'houses.completedValue',
        houses.completedValue,
        (houses.built ?? 0) + (houses.repaired ?? 0),
      ),
      inProgress: d.count('houses.inProgress', houses.inProgress),
    },
    sponsorship: {
      peopleInNeed,
      pledgesSigned: d.count('sponsorship.pledgesSigned', s.pledgesSigned),
      activePledges: d.count('sponsorship.activePledges', s.activePledges),
      pledgedPerMonth: d.amount('sponsorship.pledgedPerMonth', s.pledgedPerMonth, s.activePledges),
      paid: d.amount('sponsorship.paid', s.paid, s.paymentCount),
      paymentCount: d.count('sponsorship.paymentCount', s.paymentCount),
      arrears: d.amount('sponsorship.arrears', s.arrears, s.pledgesInArrears),
      pledgesInArrears: d.count('sponsorship.pledgesInArrears', s.pledgesInArrears),
    },
    coverage: {
      ...c,
      coveredLocally,
      coveredByProvinceOnly: d.count('coverage.coveredByProvinceOnly', c.coveredByProvinceOnly),
      notCovered: d.count('coverage.notCovered', c.notCovered),
      provinceList: d.count('coverage.provinceList', c.provinceList),
      localSharePercent: d.percent(coveredLocally, peopleInNeed || null, percent1),
      seventyPercentRuleMet: peopleInNeed === null ? null : c.seventyPercentRuleMet,
    },
  };
}
