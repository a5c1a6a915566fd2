/**
 * The standing of disbursed loans as of a date (:asOf), from the schedule and what had been allocated to it by
 * then. `loanFilter` is a condition on `l` (table loan). Yields the CTE `standing`, one row per loan (with the
 * loan's id, lender_id, borrower_id, lending_group_id, savings_loan_group_id and unit_code):
 *   outstanding_principal / outstanding_interest  still owed on the whole schedule
 *   overdue_principal / arrears                   still owed on instalments due before :asOf (arrears adds interest)
 *   days_past_due                                 :asOf − due date of the oldest instalment due before :asOf and
 *                                                 not fully paid (0 if none); an instalment is late the day after
 *   written_off                                   written off on or before :asOf
 *   in_portfolio                                  not written off and something still owed: counted in portfolio
 *                                                 figures (a written-off loan leaves the portfolio)
 */
export const standingCte = (loanFilter: string) => `WITH ${standingCtes(loanFilter)}`;

/** The CTEs of standingCte without the leading WITH, to follow other CTEs (e.g. a recursive area_unit). */
export const standingCtes = (loanFilter: string) => `scoped AS (
    SELECT l.id, l.lender_id, l.borrower_id, l.lending_group_id, l.savings_loan_group_id, l.unit_code,
      (l.written_off_on IS NOT NULL AND l.written_off_on <= CAST(:asOf AS date)) AS written_off
    FROM loan l
    WHERE l.disbursed_on <= CAST(:asOf AS date) AND (${loanFilter})
  ),
  paid AS (
    SELECT a.loan_id, a.instalment_number, sum(a.principal) AS principal, sum(a.interest) AS interest
    FROM repayment_allocation a JOIN scoped s ON s.id = a.loan_id
    WHERE a.paid_on <= CAST(:asOf AS date)
    GROUP BY a.loan_id, a.instalment_number
  ),
  owed AS (
    SELECT i.loan_id, i.due_date,
      i.principal_due - coalesce(p.principal, 0) AS principal_left,
      i.interest_due - coalesce(p.interest, 0) AS interest_left
    FROM loan_instalment i JOIN scoped s ON s.id = i.loan_id
    LEFT JOIN paid p ON p.loan_id = i.loan_id AND p.instalment_number = i.number
  ),
  per_loan AS (
    SELECT loan_id,
      sum(principal_left)::bigint AS outstanding_principal,
      sum(interest_left)::bigint AS outstanding_interest,
      coalesce(sum(principal_left) FILTER (WHERE due_date < CAST(:asOf AS date)), 0)::bigint AS overdue_principal,
      coalesce(sum(principal_left + interest_left) FILTER (WHERE due_date < CAST(:asOf AS date)), 0)::bigint
        AS arrears,
      coalesce(CAST(:asOf AS date) - min(due_date)
        FILTER (WHERE due_date < CAST(:asOf AS date) AND principal_left + interest_left > 0), 0) AS days_past_due
    FROM owed GROUP BY loan_id
  ),
  standing AS (
    SELECT s.*, pl.outstanding_principal, pl.outstanding_interest, pl.overdue_principal, pl.arrears,
      pl.days_past_due,
      (NOT s.written_off AND pl.outstanding_principal + pl.outstanding_interest > 0) AS in_portfolio
    FROM scoped s JOIN per_loan pl ON pl.loan_id = s.id
  )`;

/** Portfolio figures over rows of `standing`, grouped by whatever GROUP BY follows. */
export const PORTFOLIO_FIGURES = `
    count(*) FILTER (WHERE in_portfolio)::int AS active_loans,
    coalesce(sum(outstanding_principal) FILTER (WHERE in_portfolio), 0)::bigint AS outstanding_principal,
    count(*) FILTER (WHERE in_portfolio AND days_past_due > 0)::int AS overdue_loans,
    coalesce(sum(overdue_principal) FILTER (WHERE in_portfolio), 0)::bigint AS overdue_principal,
    coalesce(sum(arrears) FILTER (WHERE in_portfolio), 0)::bigint AS arrears,
    coalesce(sum(outstanding_principal) FILTER (WHERE in_portfolio AND days_past_due > 30), 0)::bigint
      AS par30_principal,
    count(*) FILTER (WHERE in_portfolio AND days_past_due = 0)::int AS current_loans,
    coalesce(sum(outstanding_principal) FILTER (WHERE in_portfolio AND days_past_due = 0), 0)::bigint
      AS current_principal,
    count(*) FILTER (WHERE in_portfolio AND days_past_due BETWEEN 1 AND 30)::int AS dpd_1_30_loans,
    coalesce(sum(outstanding_principal) FILTER (WHERE in_portfolio AND days_past_due BETWEEN 1 AND 30), 0)::bigint
      AS dpd_1_30_principal,
    count(*) FILTER (WHERE in_portfolio AND days_past_due BETWEEN 31 AND 60)::int AS dpd_31_60_loans,
    coalesce(sum(outstanding_principal) FILTER (WHERE in_portfolio AND days_past_due BETWEEN 31 AND 60), 0)::bigint
      AS dpd_31_60_principal,
    count(*) FILTER (WHERE in_portfolio AND days_past_due BETWEEN 61 AND 90)::int AS dpd_61_90_loans,
    coalesce(sum(outstanding_principal) FILTER (WHERE in_portfolio AND days_past_due BETWEEN 61 AND 90), 0)::bigint
      AS dpd_61_90_principal,
    count(*) FILTER (WHERE in_portfolio AND days_past_due > 90)::int AS dpd_over_90_loans,
    coalesce(sum(outstanding_principal) FILTER (WHERE in_portfolio AND days_past_due > 90), 0)::bigint
      AS dpd_over_90_principal`;
