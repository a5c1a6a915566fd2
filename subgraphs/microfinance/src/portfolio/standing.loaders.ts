import DataLoader from 'dataloader';
import type { Caller } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { inCallerUnitsSql } from '../scope.sql';
import { onlyUuids, querySql } from '../sql';
import { PORTFOLIO_FIGURES, standingCte } from './standing.sql';
import type { PortfolioRow, StandingRow } from './standing.types';

/** Loan columns a portfolio can be grouped by. */
export const PORTFOLIO_DIMENSIONS = {
  lender: 'lender_id',
  lendingGroup: 'lending_group_id',
  savingsLoanGroup: 'savings_loan_group_id',
} as const;
export type PortfolioDimension = keyof typeof PORTFOLIO_DIMENSIONS;

/** Batches `a|b|key` keys by their prefix, one statement per prefix, results in key order. */
function prefixedLoader<V>(
  parts: number,
  fetch: (prefix: string[], keys: string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | undefined> {
  return new DataLoader<string, V | undefined>(async (keys) => {
    const batches = new Map<string, string[]>();
    for (const key of keys) {
      const prefix = key.split('|').slice(0, parts).join('|');
      batches.set(prefix, [...(batches.get(prefix) ?? []), key.split('|')[parts]!]);
    }
    const results = new Map<string, V>();
    for (const [prefix, ids] of batches) {
      for (const [id, value] of await fetch(prefix.split('|'), [...new Set(ids)])) {
        results.set(`${prefix}|${id}`, value);
      }
    }
    return keys.map((k) => results.get(k));
  });
}

/** Standing of loans (`asOf|loanId`) and portfolio figures (`dimension|asOf|id`), one statement per date. */
export function createStandingLoaders(dataSource: DataSource, caller: Caller) {
  return {
    standing: prefixedLoader<StandingRow>(1, async ([asOf], ids) => {
      const rows = await querySql<StandingRow>(
        dataSource,
        `${standingCte('l.id = ANY(:ids)')} SELECT * FROM standing`,
        { asOf, ids },
      );
      return new Map(rows.map((r) => [r.id, r]));
    }),
    /** Figures over the caller's units only: a commune officer sees the lender's portfolio in that commune. */
    portfolio: prefixedLoader<PortfolioRow>(2, async ([dimension, asOf], ids) => {
      const column = PORTFOLIO_DIMENSIONS[dimension as PortfolioDimension];
      const rows = await querySql<PortfolioRow>(
        dataSource,
        `${standingCte(`l.${column} = ANY(:ids) AND ${inCallerUnitsSql('l')}`)}
         SELECT ${column} AS key, ${PORTFOLIO_FIGURES} FROM standing GROUP BY ${column}`,
        { asOf, ids: onlyUuids(ids), callerUnits: caller.units },
      );
      return new Map(rows.map((r) => [String(r.key), r]));
    }),
  };
}
