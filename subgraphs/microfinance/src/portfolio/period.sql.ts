import { PORTFOLIO_FIGURES, standingCtes } from './standing.sql';

/**
 * How the figures of a period are grouped: `key(alias)` is a row's group, an expression over the loan table
 * under `alias` and whatever `join(alias)` brings in (for areas: the area_unit rows of the loan's unit).
 */
export interface PortfolioGrouping {
  key: (loan: string) => string;
  join?: (loan: string) => string;
}

/** By the loan's commune or ward (the People's Committee's report). */
export const BY_UNIT: PortfolioGrouping = { key: (loan) => `${loan}.unit_code` };

/**
 * One statement giving, per group, the loans matched by `condition` (on loan `l`) over a period: the flows
 * dated from :start to :asOf (disbursed, repaid by allocation date, written off) and the standing on :asOf
 * (PORTFOLIO_FIGURES, plus active_borrowers: distinct borrowers of the loans in the portfolio). `leading` are
 * CTEs to put first (with their `RECURSIVE`); each row carries its group in `group_of`.
 */
export function portfolioPeriodSql(condition: string, grouping: PortfolioGrouping, leading = '') {
  const join = grouping.join ?? (() => '');
  const key = grouping.key;
  return `WITH ${leading}${standingCtes(condition)},
     port AS (SELECT ${key('s')} AS group_key, ${PORTFOLIO_FIGURES},
         count(DISTINCT s.borrower_id) FILTER (WHERE s.in_portfolio)::int AS active_borrowers
       FROM standing s ${join('s')} GROUP BY 1),
     disbursed AS (SELECT ${key('l')} AS group_key, count(*)::int AS disbursed_loans,
         sum(l.principal)::bigint AS disbursed_amount
       FROM loan l ${join('l')} WHERE ${condition} AND l.disbursed_on BETWEEN :start AND :asOf GROUP BY 1),
     repaid AS (SELECT ${key('l')} AS group_key, count(DISTINCT l.id)::int AS repaid_loans,
         sum(ra.principal)::bigint AS repaid_principal,
         sum(ra.interest)::bigint AS repaid_interest
       FROM repayment_allocation ra JOIN loan l ON l.id = ra.loan_id ${join('l')}
       WHERE ${condition} AND ra.paid_on BETWEEN :start AND :asOf GROUP BY 1),
     written_off AS (SELECT ${key('l')} AS group_key, count(*)::int AS written_off_loans,
         sum(l.written_off_amount)::bigint AS written_off_amount
       FROM loan l ${join('l')} WHERE ${condition} AND l.written_off_on BETWEEN :start AND :asOf GROUP BY 1),
     period_group AS (SELECT group_key FROM port UNION SELECT group_key FROM disbursed
       UNION SELECT group_key FROM repaid UNION SELECT group_key FROM written_off)
     SELECT port.*, disbursed.*, repaid.*, written_off.*, g.group_key AS group_of
     FROM period_group g
     LEFT JOIN port ON port.group_key = g.group_key
     LEFT JOIN disbursed ON disbursed.group_key = g.group_key
     LEFT JOIN repaid ON repaid.group_key = g.group_key
     LEFT JOIN written_off ON written_off.group_key = g.group_key`;
}
