import { FrontDonorKind as Donor, FrontSponsorKind as Sponsor } from '../enums';
import { COMMUNE_DONORS, LOCAL_SPONSORS } from './vocabulary';
import {
  cols,
  type GenHousehold,
  type BulkContext,
  addDays,
  addMonthsToMonth,
  maxDate,
  pad,
  int,
  pick,
} from '@chung-tay/common/generate';

const PROVINCE_DONORS: [Donor, string][] = [
  [Donor.ENTERPRISE, 'Tổng Công ty Công nghiệp Sài Gòn – Tín Nghĩa'],
  [Donor.ENTERPRISE, 'Công ty CP Sonadezi Long Thành'],
  [Donor.AGENCY, 'Cán bộ, công chức Văn phòng UBND tỉnh'],
  [Donor.UNION_ORGANISATION, 'Liên đoàn Lao động tỉnh'],
];
const PROVINCE_SPONSORS: [Sponsor, string][] = [
  [Sponsor.PROVINCE_BODY, 'Sở Y tế'],
  [Sponsor.PROVINCE_BODY, 'Sở Tài chính'],
  [Sponsor.PROVINCE_BODY, 'Ban Dân vận Tỉnh ủy'],
  [Sponsor.ENTERPRISE, 'Công ty CP Cao su'],
];

/**
 * A For-the-Poor fund for the province and each commune, donations in the last two campaigns (more where more
 * households are poor), Tết gifts, medical and school help and solidarity houses paid out without ever taking a
 * fund below zero, the needs list (members of poor households under social protection, category B), sponsors,
 * pledges for most of the list and monthly payments up to today, some months missed (arrears).
 */
export async function generateFatherlandFront(ctx: BulkContext): Promise<void> {
  const { register, year, today } = ctx;
  const rng = ctx.rng('fatherland-front');
  const p = register.province;
  const opened = `${year - 2}-01-01`;
  const poorByCommune = new Map<string, GenHousehold[]>();
  for (const h of register.households) {
    if (h.status === 'POOR') poorByCommune.set(h.unitCode, [...(poorByCommune.get(h.unitCode) ?? []), h]);
  }
  const fundRows: unknown[][] = [];
  const funds = new Map<string, string>();
  for (const [code, name] of [
    [p, register.provinceName] as const,
    ...register.communes.map((c) => [c.code, c.name] as const),
  ]) {
    const id = ctx.uuid();
    funds.set(code, id);
    fundRows.push([id, code, `Quỹ "Vì người nghèo" ${name}`, opened]);
  }

  // Every fund's entries, so payments are checked against its balance as the subgraph does.
  const ledger = new Map<string, { date: string; amount: number }[]>();
  const donationRows: unknown[][] = [];
  const campaignRows: unknown[][] = [];
  const peakDay = (y: number) =>
    rng() < 0.5 ? `${y}-10-${int(rng, 17, 31)}` : `${y}-11-${pad(int(rng, 1, 18))}`;
  const donate = (
    code: string,
    campaignId: string,
    kind: string,
    name: string,
    amount: number,
    date: string,
  ) => {
    if (date > today) return;
    const fundId = funds.get(code)!;
    donationRows.push([ctx.uuid(), fundId, code, campaignId, kind, name, amount, date]);
    ledger.set(fundId, [...(ledger.get(fundId) ?? []), { date, amount }]);
  };
  const poorTotal = [...poorByCommune.values()].reduce((s, l) => s + l.length, 0);
  for (const y of [year - 2, year - 1]) {
    const campaignId = ctx.uuid();
    campaignRows.push([
      campaignId,
      `VNN-${p}-${y}`,
      `Năm cao điểm "Vì người nghèo" ${y} (Tháng cao điểm 17/10 – 18/11/${y})`,
      p,
      `${y}-10-17`,
      `${y + 1}-10-16`,
    ]);
    for (const [kind, name] of PROVINCE_DONORS) {
      donate(
        p,
        campaignId,
        kind,
        name,
        (int(rng, 30, 120) + Math.ceil(poorTotal / 10)) * 1_000_000,
        peakDay(y),
      );
    }
    for (const c of register.communes) {
      const poor = poorByCommune.get(c.code)?.length ?? 0;
      for (let i = 0; i < 2 + Math.floor(poor / 15); i++) {
        const [kind, donor] = pick(rng, COMMUNE_DONORS);
        donate(
          c.code,
          campaignId,
          kind,
          kind === 'AGENCY' ? `${donor} ${c.name}` : donor,
          int(rng, 8, 25) * 1_000_000,
          peakDay(y),
        );
      }
    }
  }
  /** Pays out if the fund holds enough on the day; entries come in date order, so no later day goes below zero. */
  const pay = (fundId: string, date: string, amount: number) => {
    const entries = ledger.get(fundId) ?? [];
    const balance = entries.reduce((s, e) => (e.date <= date ? s + e.amount : s), 0);
    const later = entries.filter((e) => e.date > date);
    let low = balance - amount;
    let running = low;
    for (const e of later.sort((a, b) => a.date.localeCompare(b.date)))
      low = Math.min(low, (running += e.amount));
    if (low < 0) return false;
    entries.push({ date, amount: -amount });
    ledger.set(fundId, entries);
    return true;
  };

  // Payments out, gathered first and made in date order.
  type Out = { date: string; run: () => void };
  const outs: Out[] = [];
  const disbursementRows: unknown[][] = [];
  for (const [code, poor] of poorByCommune) {
    for (const h of poor) {
      if (rng() < 0.3) {
        const date = `${pick(rng, [year - 1, year])}-01-${pad(int(rng, 15, 25))}`;
        const amount = int(rng, 5, 10) * 100_000;
        outs.push({
          date,
          run: () =>
            pay(funds.get(code)!, date, amount) &&
            disbursementRows.push([
              ctx.uuid(),
              funds.get(code),
              code,
              'GIFT',
              h.id,
              null,
              null,
              amount,
              date,
              'Quà Tết',
            ]),
        });
      }
      if (rng() < 0.05) {
        const purpose = rng() < 0.5 ? 'MEDICAL' : 'EDUCATION';
        const person = h.members.find((m) =>
          purpose === 'EDUCATION' ? year - m.birthYear <= 18 : year - m.birthYear >= 55,
        );
        const date = `${year - 1}-${pad(int(rng, 3, 9))}-${pad(int(rng, 1, 28))}`;
        const amount = int(rng, 2, 5) * 1_000_000;
        outs.push({
          date,
          run: () =>
            pay(funds.get(code)!, date, amount) &&
            disbursementRows.push([
              ctx.uuid(),
              funds.get(code),
              code,
              purpose,
              h.id,
              person?.id ?? null,
              null,
              amount,
              date,
              null,
            ]),
        });
      }
    }
  }
  // Solidarity houses: about one poor household in forty; the Front's shares are paid when building begins.
  const houseRows: unknown[][] = [];
  const fundingRows: unknown[][] = [];
  for (const [code, poor] of poorByCommune) {
    for (const h of poor) {
      if (rng() >= 0.025) continue;
      const build = rng() < 0.7;
      const total = (build ? int(rng, 6, 8) * 10 : int(rng, 3, 5) * 10) * 1_000_000;
      const approvedOn = addDays(`${year - 1}-01-20`, int(rng, 0, 400));
      if (approvedOn > today) continue;
      const startedOn = addDays(approvedOn, int(rng, 10, 40));
      const completedOn = addDays(startedOn, int(rng, 60, 120));
      const id = ctx.uuid();
      const fromProvince = Math.round(total * 0.5);
      const fromCommune = build ? 10_000_000 : 5_000_000;
      const shares: [string, number, string | null, string | null][] = [
        ['FRONT_FUND', fromProvince, funds.get(p)!, null],
        ['FRONT_FUND', fromCommune, funds.get(code)!, null],
        ['COMMUNITY', total - fromProvince - fromCommune - 5_000_000, null, 'Bà con lối xóm, dòng họ'],
        ['HOUSEHOLD', 5_000_000, null, null],
      ];
      const row = [id, code, h.id, build ? 'BUILD' : 'REPAIR', 'PLANNED', total, approvedOn, null, null];
      houseRows.push(row);
      const shareIds = shares.map(() => ctx.uuid());
      const disbursements: (string | null)[] = shares.map(() => null);
      outs.push({
        date: startedOn,
        run: () => {
          if (startedOn > today) return;
          // Both Front shares or neither: a house begins once its funding is there.
          const [a, b] = [shares[0]!, shares[1]!];
          if (!pay(a[2]!, startedOn, a[1])) return;
          if (!pay(b[2]!, startedOn, b[1])) {
            ledger.get(a[2]!)!.pop();
            return;
          }
          for (const i of [0, 1]) {
            disbursements[i] = ctx.uuid();
            const s = shares[i]!;
            const unit = i === 0 ? p : code;
            disbursementRows.push([
              disbursements[i],
              s[2],
              unit,
              'HOUSE',
              h.id,
              null,
              id,
              s[1],
              startedOn,
              'Nhà Đại đoàn kết',
            ]);
          }
          row[4] = completedOn <= today ? 'COMPLETED' : 'UNDER_CONSTRUCTION';
          row[7] = startedOn;
          row[8] = completedOn <= today ? completedOn : null;
        },
      });
      outs.push({
        date: '9999-12-31',
        run: () =>
          shares.forEach((s, i) =>
            fundingRows.push([shareIds[i], id, s[0], s[1], s[2], disbursements[i], s[3]]),
          ),
      });
    }
  }
  outs.sort((a, b) => a.date.localeCompare(b.date));
  for (const o of outs) if (o.date <= today || o.date === '9999-12-31') o.run();

  // The needs list: every member of a poor household under social protection (category B).
  const listedOn = `${year - 1}-01-10`;
  const needRows: unknown[][] = [];
  const needs: { id: string; personId: string; householdId: string; unitCode: string }[] = [];
  for (const h of register.households) {
    if (h.status !== 'POOR' || h.poorCategory !== 'B' || h.statusSince > listedOn) continue;
    for (const m of h.members) {
      const id = ctx.uuid();
      needs.push({ id, personId: m.id, householdId: h.id, unitCode: h.unitCode });
      needRows.push([
        id,
        h.unitCode,
        m.id,
        h.id,
        listedOn,
        `${int(rng, 10, 99)}/UBND-VX`,
        m.fullName,
        m.birthYear,
      ]);
    }
  }

  // Sponsors: each commune with people on the list, one to three it mobilised, and the province's bodies.
  const sponsorRows: unknown[][] = [];
  const sponsor = (kind: string, level: string, name: string, unitCode: string) => {
    const id = ctx.uuid();
    sponsorRows.push([id, kind, level, name, unitCode, null]);
    return { id, kind };
  };
  const provincial = PROVINCE_SPONSORS.map(([kind, name]) =>
    sponsor(kind, 'PROVINCE', `${name} ${register.provinceName}`, p),
  );
  const byCommune = new Map<string, typeof needs>();
  for (const n of needs) byCommune.set(n.unitCode, [...(byCommune.get(n.unitCode) ?? []), n]);
  const pledgeRows: unknown[][] = [];
  const shareRows: unknown[][] = [];
  const paymentRows: unknown[][] = [];
  const thisMonth = today.slice(0, 7);
  const endMonth = `${year}-12`;
  let turn = 0;
  for (const [code, people] of [...byCommune].sort((a, b) => a[0].localeCompare(b[0]))) {
    const name = register.communes.find((c) => c.code === code)!.name;
    const commune = sponsor('COMMUNE', 'COMMUNE', `UBND và Ủy ban MTTQ ${name}`, code);
    const others = LOCAL_SPONSORS.slice(0, Math.min(3, Math.max(1, Math.ceil(people.length * 0.2)))).map(
      ([kind, label]) => sponsor(kind, 'COMMUNE', `${label} ${name}`, code),
    );
    for (const [i, person] of people.entries()) {
      let shares: [{ id: string }, number][];
      if (i < 3) shares = [[commune, 1]];
      else if (i - 3 < others.length)
        shares = [
          [commune, 0.4],
          [others[i - 3]!, 0.6],
        ];
      else if (rng() < 0.3)
        continue; // not yet sponsored: the coverage figures show the gap
      else shares = [[provincial[turn++ % provincial.length]!, 1]];
      const amount = int(rng, 6, 12) * 50_000;
      const parts = shares.map(([, part]) => Math.round((amount * part) / 10_000) * 10_000);
      const start = `${year - 1}-${pad(int(rng, 2, 5))}`;
      const method = shares.length > 1 || rng() < 0.5 ? 'TRANSFER' : 'CASH';
      const pledgeId = ctx.uuid();
      const total = parts.reduce((s, x) => s + x, 0);
      pledgeRows.push([
        pledgeId,
        code,
        person.personId,
        person.householdId,
        person.id,
        total,
        `${start}-01`,
        `${endMonth}-01`,
        method,
        shares[0]![0].id,
        `${addMonthsToMonth(start, -1)}-25`,
      ]);
      shares.forEach(([s], k) => shareRows.push([pledgeId, s.id, parts[k]]));
      // Paid by quarter (cash) or half-year (transfer) up to this month; some months are missed.
      const step = method === 'CASH' ? 3 : 6;
      const late = rng() < 0.12; // a sponsor who stopped paying: every month since is in arrears
      for (let from = start; from <= thisMonth && from <= endMonth; from = addMonthsToMonth(from, step)) {
        const months = Array.from({ length: step }, (_, k) => addMonthsToMonth(from, k)).filter(
          (m) => m <= thisMonth && m <= endMonth,
        );
        if (late && from >= addMonthsToMonth(thisMonth, -6)) break;
        if (rng() < 0.15 && months.length > 1) months.splice(int(rng, 0, months.length - 1), 1);
        const last = months.at(-1)!;
        const paidOn = maxDate(
          `${addMonthsToMonth(start, -1)}-25`,
          last === thisMonth ? `${thisMonth}-01` : `${last}-10`,
        );
        for (const m of months)
          paymentRows.push([ctx.uuid(), pledgeId, `${m}-01`, total, paidOn > today ? today : paidOn, method]);
      }
    }
  }

  await ctx.insert('front_fund', cols('id:uuid unit_code:text name:text opened_on:date'), fundRows);
  await ctx.insert(
    'front_campaign',
    cols('id:uuid code:text name:text unit_code:text start_date:date end_date:date'),
    campaignRows,
  );
  await ctx.insert(
    'front_donation',
    cols(
      'id:uuid fund_id:uuid unit_code:text campaign_id:uuid donor_kind:text donor_name:text amount:bigint date:date',
    ),
    donationRows,
  );
  await ctx.insert(
    'solidarity_house',
    cols(
      'id:uuid unit_code:text household_id:uuid work:text status:text amount:bigint approved_on:date started_on:date completed_on:date',
    ),
    houseRows,
  );
  await ctx.insert(
    'front_disbursement',
    cols(
      'id:uuid fund_id:uuid unit_code:text purpose:text household_id:uuid person_id:uuid solidarity_house_id:uuid amount:bigint date:date note:text',
    ),
    disbursementRows,
  );
  await ctx.insert(
    'solidarity_house_funding',
    cols(
      'id:uuid house_id:uuid source:text amount:bigint fund_id:uuid disbursement_id:uuid contributor:text',
    ),
    fundingRows,
  );
  await ctx.insert(
    'needs_list_entry',
    cols(
      'id:uuid unit_code:text person_id:uuid household_id:uuid listed_on:date source_document:text full_name:text birth_year:int',
    ),
    needRows,
  );
  await ctx.insert(
    'front_sponsor',
    cols('id:uuid kind:text level:text name:text unit_code:text staff_count:int'),
    sponsorRows,
  );
  await ctx.insert(
    'sponsorship_pledge',
    cols(
      'id:uuid unit_code:text person_id:uuid household_id:uuid needs_list_entry_id:uuid amount_per_month:bigint start_month:date end_month:date payment_method:text coordinator_sponsor_id:uuid signed_on:date',
    ),
    pledgeRows,
  );
  await ctx.insert(
    'sponsorship_pledge_sponsor',
    cols('pledge_id:uuid sponsor_id:uuid amount_per_month:bigint'),
    shareRows,
  );
  await ctx.insert(
    'sponsorship_payment',
    cols('id:uuid pledge_id:uuid month:date amount:bigint paid_on:date method:text'),
    paymentRows,
  );
}
