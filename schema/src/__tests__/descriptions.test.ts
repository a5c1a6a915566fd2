import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { apiSchemaOf } from '../api-schema';
import { SUPERGRAPH_PATH } from '../compose';
import { auditDescriptions } from '../descriptions';

// A description says what a value means in the domain (units, period, who may see it); a client reads it in the
// explorer. The committed supergraph equals the code (drift test), so a field added without one fails here.
describe('every type and field of the supergraph has a description', () => {
  const { missing } = auditDescriptions(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8')));

  it.each(['type', 'field', 'inputField', 'argument', 'enumValue'] as const)('%s', (kind) => {
    expect(missing[kind]).toEqual([]);
  });
});

describe('auditDescriptions', () => {
  it('names each type, field, argument, input field and enum value without a description, and only those', () => {
    const schema = buildSchema(`
      type Query { "A loan." loan(id: ID!, "Vietnam date." on: String): Loan  other: Int }
      type Loan { "Outstanding principal, VND." outstanding: Float   note: String  "  " blank: String }
      "Filter." input LoanFilter { "Status." status: LoanStatus  lender: ID }
      "Loan status." enum LoanStatus { "Paying." ACTIVE  CLOSED }
    `);
    const { missing, total } = auditDescriptions(schema);
    expect(missing).toEqual({
      type: ['Loan'], // Query is a root: exempt
      field: ['Query.other', 'Loan.note', 'Loan.blank'],
      argument: ['Query.loan(id:)'],
      inputField: ['LoanFilter.lender'],
      enumValue: ['LoanStatus.CLOSED'],
    });
    expect(total).toEqual({ type: 3, field: 5, argument: 2, inputField: 2, enumValue: 2 });
  });
});
