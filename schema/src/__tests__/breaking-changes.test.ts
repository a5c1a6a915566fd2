import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { apiSchemaOf } from '../api-schema';
import {
  checkBreakingChanges,
  describeReport,
  readDeclaredBreakingChanges,
  RELEASED_SUPERGRAPH_PATH,
} from '../breaking';
import { SUPERGRAPH_PATH } from '../compose';

// The drift test holds the committed supergraph equal to a fresh composition, so this compares what `npm run compose`
// gives today with what the last release gave clients.
describe('the supergraph against the last released one', () => {
  it('has no breaking change that schema/breaking-changes.json does not declare', () => {
    const report = checkBreakingChanges(
      apiSchemaOf(readFileSync(RELEASED_SUPERGRAPH_PATH, 'utf8')),
      apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8')),
      readDeclaredBreakingChanges(),
    );
    expect(describeReport(report)).toEqual([]);
  });
});

describe('checkBreakingChanges', () => {
  const released = buildSchema(`
    type Query { loan(id: ID!): Loan }
    type Loan { id: ID! par30Rate: Float @deprecated(reason: "Use par30Percent.") par30Percent: Float note: String }
  `);
  const withoutNote = buildSchema(`
    type Query { loan(id: ID!): Loan }
    type Loan { id: ID! par30Rate: Float @deprecated(reason: "Use par30Percent.") par30Percent: Float }
  `);
  const withoutDeprecated = buildSchema(`
    type Query { loan(id: ID!): Loan }
    type Loan { id: ID! par30Percent: Float note: String }
  `);

  it('fails on a removal nobody declared, and on one that was not deprecated first', () => {
    const report = checkBreakingChanges(released, withoutNote, []);
    expect(report.undeclared.map((c) => c.description)).toEqual(['Loan.note was removed.']);
    expect(report.notDeprecatedFirst.map((c) => c.description)).toEqual(['Loan.note was removed.']);
  });

  it('still fails when a removal is declared but was never deprecated', () => {
    const report = checkBreakingChanges(released, withoutNote, [
      { change: 'Loan.note was removed.', why: 'Nobody reads it.' },
    ]);
    expect(report.undeclared).toEqual([]);
    expect(describeReport(report)).toEqual([
      expect.stringContaining(
        'removed without a deprecation in the released schema: "Loan.note was removed."',
      ),
    ]);
  });

  it('passes a declared removal of a field the released schema deprecated', () => {
    const report = checkBreakingChanges(released, withoutDeprecated, [
      { change: 'Loan.par30Rate was removed.', why: 'Deprecated in 0.2.0 for par30Percent.' },
    ]);
    expect(describeReport(report)).toEqual([]);
  });

  it('fails on a declaration that matches no change, so the file stays true', () => {
    const report = checkBreakingChanges(released, released, [{ change: 'Loan.id was removed.', why: 'x' }]);
    expect(describeReport(report)).toEqual([
      expect.stringContaining('declared but not found: "Loan.id was removed."'),
    ]);
  });

  it('adding a field or deprecating one is not breaking', () => {
    const next = buildSchema(`
      type Query { loan(id: ID!): Loan }
      type Loan { id: ID! par30Rate: Float @deprecated(reason: "Use par30Percent.") par30Percent: Float
        note: String @deprecated(reason: "Unused.") arrears: Float }
    `);
    expect(describeReport(checkBreakingChanges(released, next, []))).toEqual([]);
  });
});
