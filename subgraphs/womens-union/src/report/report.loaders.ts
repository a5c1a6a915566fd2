import DataLoader from 'dataloader';
import { isUuid, parsePeriod, type Period } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import {
  CHAPTER_SCOPE,
  emptyMemberFigures,
  emptyPledgeFigures,
  emptySavingsDayFigures,
  groupFigures,
  memberFigures,
  pledgeFigures,
  savingsDayFigures,
  supportFigures,
  type ScopedFetch,
} from './figures';
import { ReportSubmission } from './report-submission.entity';

export const reportKey = (chapterId: string, period: Period) => `${chapterId}|${period.code}`;

type Fetch<R> = (dataSource: DataSource, ids: string[], period: Period) => Promise<Map<string, R>>;

/**
 * A loader of one figure set for many (chapter, period) keys: one SQL statement per period asked for, whatever
 * the number of chapters.
 */
function perPeriod<R>(dataSource: DataSource, fetch: Fetch<R>, empty: () => R) {
  return new DataLoader<string, R>(async (keys) => {
    const byPeriod = new Map<string, string[]>();
    for (const key of keys) {
      const [id, code] = key.split('|') as [string, string];
      if (isUuid(id)) byPeriod.set(code, [...(byPeriod.get(code) ?? []), id]);
    }
    const results = new Map<string, R>();
    await Promise.all(
      [...byPeriod].map(async ([code, ids]) => {
        const figures = await fetch(dataSource, [...new Set(ids)], parsePeriod(code));
        for (const [id, value] of figures) results.set(`${id}|${code}`, value);
      }),
    );
    return keys.map((k) => results.get(k) ?? empty());
  });
}

/** A chapter's figures sum over it and the chapters below it; its report takes stocks on the period's last day. */
const ofChapters =
  <R, T = R>(fetch: ScopedFetch<R>, pick: (r: R) => T = (r) => r as unknown as T): Fetch<T> =>
  async (ds, ids, period) => {
    const found = await fetch(ds, CHAPTER_SCOPE, ids, period, period.end);
    return new Map([...found].map(([id, r]) => [id, pick(r)]));
  };

const submissions: Fetch<ReportSubmission | null> = async (ds, ids, period) => {
  const rows = await ds
    .getRepository(ReportSubmission)
    .createQueryBuilder('s')
    .where('s.chapter_id = ANY(:ids) AND s.period_code = :code', { ids, code: period.code })
    .getMany();
  return new Map(rows.map((s) => [s.chapterId, s]));
};

/** The report's figure sets, batched per request like every other read. */
export function reportLoaders(dataSource: DataSource) {
  return {
    reportPledges: perPeriod(dataSource, ofChapters(pledgeFigures), emptyPledgeFigures),
    reportSavingsDay: perPeriod(dataSource, ofChapters(savingsDayFigures), emptySavingsDayFigures),
    reportLenders: perPeriod(
      dataSource,
      ofChapters(groupFigures, (g) => g.byLender),
      () => [],
    ),
    reportSupport: perPeriod(
      dataSource,
      ofChapters(supportFigures, (s) => s.byKind),
      () => [],
    ),
    reportMembers: perPeriod(dataSource, ofChapters(memberFigures), emptyMemberFigures),
    reportSubmission: perPeriod(dataSource, submissions, () => null),
  };
}
