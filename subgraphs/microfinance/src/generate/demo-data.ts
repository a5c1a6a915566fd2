import type { DemoDataOptions } from '@chung-tay/common';
import { DEFAULT_DEMO_PROVINCE } from '@chung-tay/common/generate';
import type { DataSource } from 'typeorm';
import {
  LenderKind,
  LoanInterestMethod as M,
  LoanProductKind as K,
  LoanRepaymentFrequency as F,
} from '../enums';
import { Lender } from '../lender/lender.entity';
import { LoanProduct } from '../lender/loan-product.entity';

export const DEMO_LENDERS = [
  {
    code: 'CEP-DN',
    name: 'Tổ chức tài chính vi mô CEP – Chi nhánh Đồng Nai',
    kind: LenderKind.MICROFINANCE_INSTITUTION,
  },
  {
    code: 'VBSP-DN',
    name: 'Ngân hàng Chính sách xã hội – Chi nhánh tỉnh Đồng Nai',
    kind: LenderKind.POLICY_BANK,
  },
];

const million = 1_000_000;
/** The price lists: CEP's weekly and monthly group loans (flat), VBSP's policy loans (declining balance). */
export const DEMO_PRODUCTS = [
  {
    lender: 'CEP-DN',
    code: 'CEP-TUAN',
    name: 'Vay vốn tuần (tín dụng vi mô nhóm)',
    kind: K.MICROCREDIT,
    interestMethod: M.FLAT,
    repaymentFrequency: F.WEEKLY,
    monthlyInterestRate: 1.0,
    minTerm: 12,
    maxTerm: 50,
    minAmount: 5 * million,
    maxAmount: 30 * million,
    compulsorySavingsPercent: 5,
  },
  {
    lender: 'CEP-DN',
    code: 'CEP-THANG',
    name: 'Vay vốn tháng phát triển kinh doanh',
    kind: K.MICROCREDIT,
    interestMethod: M.FLAT,
    repaymentFrequency: F.MONTHLY,
    monthlyInterestRate: 1.1,
    minTerm: 6,
    maxTerm: 24,
    minAmount: 10 * million,
    maxAmount: 50 * million,
    compulsorySavingsPercent: 5,
  },
  {
    lender: 'VBSP-DN',
    code: 'VBSP-HN',
    name: 'Cho vay hộ nghèo',
    kind: K.POOR_HOUSEHOLD,
    interestMethod: M.DECLINING_BALANCE,
    repaymentFrequency: F.MONTHLY,
    monthlyInterestRate: 0.55,
    minTerm: 12,
    maxTerm: 60,
    minAmount: 5 * million,
    maxAmount: 100 * million,
    compulsorySavingsPercent: 0,
  },
  {
    lender: 'VBSP-DN',
    code: 'VBSP-CN',
    name: 'Cho vay hộ cận nghèo',
    kind: K.NEAR_POOR_HOUSEHOLD,
    interestMethod: M.DECLINING_BALANCE,
    repaymentFrequency: F.MONTHLY,
    monthlyInterestRate: 0.66,
    minTerm: 12,
    maxTerm: 60,
    minAmount: 5 * million,
    maxAmount: 100 * million,
    compulsorySavingsPercent: 0,
  },
];

/**
 * The demo lenders and their products (reference data, independent of the register), in the demo province.
 * Centres, groups, borrowers and loans come through the gateway (./linked-demo.ts).
 */
export async function seedDemoData(
  dataSource: DataSource,
  { province }: DemoDataOptions = { province: DEFAULT_DEMO_PROVINCE },
): Promise<void> {
  await dataSource.transaction(async (em) => {
    await em.query('LOCK TABLE lender IN EXCLUSIVE MODE');
    if (await em.exists(Lender)) return;
    const lenders = await em.save(DEMO_LENDERS.map((l) => em.create(Lender, { ...l, unitCode: province })));
    await em.save(
      DEMO_PRODUCTS.map(({ lender, ...p }) =>
        em.create(LoanProduct, { ...p, lenderId: lenders.find((l) => l.code === lender)!.id, active: true }),
      ),
    );
  });
}
