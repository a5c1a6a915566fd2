import {
  COMMUNE,
  COMMUNE_B,
  donate,
  fieldOf,
  type ListedPerson,
  openFund,
  pledge,
  PROVINCE,
  receive,
  registerPerson,
  SIGN,
  sponsor,
  useSubgraph,
} from './fixtures';

const env = useSubgraph();
const PAY = `mutation($input: RecordSponsorshipPaymentInput!) {
  recordSponsorshipPayment(input: $input) { id month amount method disbursementId } }`;
const RECEIVE = `mutation($input: ReceiveNeedsListInput!) { receiveNeedsList(input: $input) { id } }`;

let entries: { id: string; personId: string }[];
let people: ListedPerson[];
let commune: { id: string };
let enterprise: { id: string };
let neighbour: { id: string };
let otherCommune: { id: string };
beforeAll(async () => {
  people = [registerPerson(), registerPerson(), registerPerson(), registerPerson()];
  entries = await receive(env, COMMUNE, people);
  commune = await sponsor(env, 'COMMUNE', COMMUNE, 'UBND và Ủy ban MTTQ xã Bù Gia Mập');
  enterprise = await sponsor(env, 'ENTERPRISE', COMMUNE, 'Công ty CP Cao su Phú Riềng');
  neighbour = await sponsor(env, 'INDIVIDUAL', COMMUNE, 'Nguyễn Văn Tư');
  otherCommune = await sponsor(env, 'COMMUNE', COMMUNE_B, 'UBND và Ủy ban MTTQ xã Đăk Ơ');
});

describe('the needs list', () => {
  it('refuses a person twice on one list or while already listed, writing nothing', async () => {
    const before = await env.count('needs_list_entry');
    const fresh = registerPerson();
    const twice = await env.h.query(
      RECEIVE,
      {
        input: { unitCode: COMMUNE, listedOn: '2025-02-01', people: [fresh, { ...fresh }] },
      },
      env.t.officer,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.people[1].personId',
    });
    const listed = await env.h.query(
      RECEIVE,
      {
        input: { unitCode: COMMUNE, listedOn: '2025-02-01', people: [fresh, people[2]] },
      },
      env.t.officer,
    );
    expect(listed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.people[1].personId',
    });
    const ward = await env.h.query(
      RECEIVE,
      { input: { unitCode: PROVINCE, listedOn: '2025-02-01', people: [fresh] } },
      env.t.officer,
    );
    expect(fieldOf(ward)).toBe('input.unitCode');
    expect(await env.count('needs_list_entry')).toBe(before);
  });

  it('keeps the name and year of birth the list gives, spaces tidied', async () => {
    const person = { ...registerPerson(), fullName: '  Điểu   Thị Bích ', birthYear: 1961 };
    const [entry] = await receive(env, COMMUNE_B, [person], '2025-02-01');
    const { needsListEntry } = await env.ok(
      `query($id: ID!) { needsListEntry(id: $id) { personId fullName birthYear } }`,
      { id: entry!.id },
    );
    expect(needsListEntry).toEqual({ personId: person.personId, fullName: 'Điểu Thị Bích', birthYear: 1961 });
  });

  it.each([
    ['a name of spaces', { fullName: '   ' }, 'fullName', 'must name the person'],
    [
      'a name over 100 characters',
      { fullName: 'Nguyễn '.repeat(15) },
      'fullName',
      'is 104 characters; at most 100',
    ],
    ['a birth year after the list', { birthYear: 2026 }, 'birthYear', "2026 is after the list's date"],
    ['a birth year before 1900', { birthYear: 1899 }, 'birthYear', 'birth year must be 1900 or later'],
  ])('refuses %s, writing nothing', async (_, change, field, message) => {
    const before = await env.count('needs_list_entry');
    const res = await env.h.query(
      RECEIVE,
      {
        input: {
          unitCode: COMMUNE_B,
          listedOn: '2025-02-01',
          people: [registerPerson(), { ...registerPerson(), ...change }],
        },
      },
      env.t.officer,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe(`input.people[1].${field}: ${message}`);
    expect(await env.count('needs_list_entry')).toBe(before);
  });

  it('requires a name for everyone on the list', async () => {
    const { fullName: _, ...nameless } = registerPerson();
    const res = await env.h.query(
      RECEIVE,
      { input: { unitCode: COMMUNE_B, listedOn: '2025-02-01', people: [nameless] } },
      env.t.officer,
    );
    expect(res.errors?.[0]?.message).toMatch(/fullName.*required/);
  });
});

describe('sponsors', () => {
  it('registers each kind at its level, a district unit with its staff count', async () => {
    const unit = await sponsor(env, 'DISTRICT_UNIT', PROVINCE, 'Phòng Văn hóa – Xã hội', 12);
    const body = await sponsor(env, 'PROVINCE_BODY', PROVINCE, 'Sở Tài chính');
    const provincial = await sponsor(env, 'ENTERPRISE', PROVINCE, 'Tổng Công ty Tín Nghĩa');
    expect([unit.level, body.level, provincial.level]).toEqual(['DISTRICT', 'PROVINCE', 'PROVINCE']);
    expect(
      (await env.ok(`query($id: ID!) { frontSponsor(id: $id) { level } }`, enterprise)).frontSponsor.level,
    ).toBe('COMMUNE');
    const REG = `mutation($input: RegisterFrontSponsorInput!) { registerFrontSponsor(input: $input) { id } }`;
    const noStaff = await env.h.query(
      REG,
      { input: { kind: 'DISTRICT_UNIT', unitCode: PROVINCE, name: 'Phòng Nội vụ' } },
      env.t.officer,
    );
    expect(fieldOf(noStaff)).toBe('input.staffCount');
    const twice = await env.h.query(
      REG,
      { input: { kind: 'COMMUNE', unitCode: COMMUNE, name: 'Xã Bù Gia Mập' } },
      env.t.officer,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const provinceAsCommune = await env.h.query(
      REG,
      { input: { kind: 'COMMUNE', unitCode: PROVINCE, name: 'Tỉnh' } },
      env.t.officer,
    );
    expect(fieldOf(provinceAsCommune)).toBe('input.unitCode');
  });
});

describe('pledges', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    needsListEntryId: entries[0]!.id,
    sponsors: [
      { sponsorId: commune.id, amountPerMonth: 600_000 },
      { sponsorId: enterprise.id, amountPerMonth: 400_000 },
    ],
    coordinatorSponsorId: commune.id,
    startMonth: '2025-01',
    endMonth: '2025-12',
    paymentMethod: 'CASH',
    signedOn: '2025-01-20',
    ...overrides,
  });
  const sign = (overrides: Record<string, unknown> = {}) =>
    env.h.query(SIGN, { input: input(overrides) }, env.t.officer);

  it('checks sponsors, coordinator and months before writing anything', async () => {
    const before = [await env.count('sponsorship_pledge'), await env.count('sponsorship_pledge_sponsor')];
    expect(fieldOf(await sign({ coordinatorSponsorId: undefined }))).toBe('input.coordinatorSponsorId');
    expect(fieldOf(await sign({ coordinatorSponsorId: otherCommune.id }))).toBe('input.coordinatorSponsorId');
    const person = await sign({
      sponsors: [
        { sponsorId: neighbour.id, amountPerMonth: 500_000 },
        { sponsorId: commune.id, amountPerMonth: 500_000 },
      ],
      coordinatorSponsorId: neighbour.id,
    });
    expect(person.errors?.[0]?.message).toMatch(/an organisation coordinates/);
    const elsewhere = await sign({
      sponsors: [{ sponsorId: otherCommune.id, amountPerMonth: 500_000 }],
      coordinatorSponsorId: undefined,
    });
    expect(fieldOf(elsewhere)).toBe('input.sponsors[0].sponsorId');
    expect(fieldOf(await sign({ endMonth: '2024-12' }))).toBe('input.endMonth');
    expect(fieldOf(await sign({ startMonth: '2025-Q1' }))).toBe('input.startMonth');
    expect(fieldOf(await sign({ startMonth: '2024-12' }))).toBe('input.startMonth'); // listed 2025-01-10
    expect(fieldOf(await sign({ sponsors: [{ sponsorId: commune.id, amountPerMonth: 0 }] }))).toMatch(
      /amountPerMonth/,
    );
    expect([await env.count('sponsorship_pledge'), await env.count('sponsorship_pledge_sponsor')]).toEqual(
      before,
    );
  });

  it('signs one pledge per person at a time, shares adding up to the monthly amount', async () => {
    const res = await sign();
    expect(res.errors).toBeUndefined();
    expect(res.data!.signSponsorshipPledge).toMatchObject({
      amountPerMonth: 1_000_000,
      startMonth: '2025-01',
      endMonth: '2025-12',
      coordinator: { id: commune.id },
    });
    const overlap = await sign({ startMonth: '2025-12', endMonth: '2026-06' });
    expect(overlap.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.startMonth' });
    const after = await sign({
      startMonth: '2026-01',
      endMonth: '2026-06',
      sponsors: [{ sponsorId: enterprise.id, amountPerMonth: 300_000 }],
      coordinatorSponsorId: undefined,
    });
    expect(after.errors).toBeUndefined();
    const { sponsorshipPledge } = await env.ok(
      `query($id: ID!) { sponsorshipPledge(id: $id) { sponsors { amountPerMonth isCoordinator sponsor { name } } } }`,
      { id: res.data!.signSponsorshipPledge.id },
    );
    expect(sponsorshipPledge.sponsors).toEqual([
      {
        amountPerMonth: 600_000,
        isCoordinator: true,
        sponsor: { name: 'UBND và Ủy ban MTTQ xã Bù Gia Mập' },
      },
      { amountPerMonth: 400_000, isCoordinator: false, sponsor: { name: 'Công ty CP Cao su Phú Riềng' } },
    ]);
  });
});

describe('payments and arrears', () => {
  let pledgeId: string;
  beforeAll(async () => {
    pledgeId = (await pledge(env, entries[1]!.id, [[enterprise.id, 1_000_000]])).id;
  });
  const pay = (input: Record<string, unknown>) =>
    env.h.query(PAY, { input: { pledgeId, paidOn: '2025-03-31', ...input } }, env.t.officer);

  it('records a quarter at once, each month once, never more than the month is due', async () => {
    const q1 = await pay({ months: ['2025-01', '2025-02', '2025-03'] });
    expect(q1.errors).toBeUndefined();
    expect(q1.data!.recordSponsorshipPayment.map((p: { month: string }) => p.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(q1.data!.recordSponsorshipPayment[0]).toMatchObject({ amount: 1_000_000, method: 'TRANSFER' });
    const before = await env.count('sponsorship_payment');
    const again = await pay({ months: ['2025-04', '2025-02'] });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.months[1]' });
    expect(fieldOf(await pay({ months: ['2025-04'], amountPerMonth: 1_500_000 }))).toBe(
      'input.amountPerMonth',
    );
    expect(fieldOf(await pay({ months: ['2026-01'] }))).toBe('input.months[0]');
    expect(fieldOf(await pay({ months: ['2025-04'], paidOn: '2025-01-01' }))).toBe('input.paidOn');
    expect(await env.count('sponsorship_payment')).toBe(before);
  });

  it('counts missed months in full and the shortfall of partly paid ones', async () => {
    await pay({ months: ['2025-05'], amountPerMonth: 500_000, paidOn: '2025-05-31', method: 'CASH' });
    const ARREARS = `query($id: ID!, $asOf: LocalDate) { sponsorshipPledge(id: $id) { arrears(asOf: $asOf) {
      asOf monthsDue missedMonths partlyPaidMonths amountDue amountPaid arrears } } }`;
    const { sponsorshipPledge } = await env.ok(ARREARS, { id: pledgeId, asOf: '2025-06-15' });
    expect(sponsorshipPledge.arrears).toEqual({
      asOf: '2025-06-15',
      monthsDue: 6,
      missedMonths: ['2025-04', '2025-06'],
      partlyPaidMonths: ['2025-05'],
      amountDue: 6_000_000,
      amountPaid: 3_500_000,
      arrears: 2_500_000,
    });
    const LIST = `query($on: LocalDate) { sponsorshipPledges(filter: { inArrearsOn: $on }) { nodes { id } } }`;
    const march = (await env.ok(LIST, { on: '2025-03-15' })).sponsorshipPledges.nodes.map(
      (n: { id: string }) => n.id,
    );
    const june = (await env.ok(LIST, { on: '2025-06-15' })).sponsorshipPledges.nodes.map(
      (n: { id: string }) => n.id,
    );
    expect(march).not.toContain(pledgeId);
    expect(june).toContain(pledgeId);
  });

  it('pays out of a Front fund when asked, under its balance rule', async () => {
    const fund = await openFund(env, COMMUNE);
    await donate(env, fund.id, 1_500_000, '2025-06-01');
    const ok = await pay({ months: ['2025-06'], paidOn: '2025-06-30', fromFundId: fund.id });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordSponsorshipPayment[0].disbursementId).toBeTruthy();
    const before = [await env.count('sponsorship_payment'), await env.count('front_disbursement')];
    const short = await pay({ months: ['2025-07'], paidOn: '2025-07-30', fromFundId: fund.id });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fromFundId',
    });
    expect([await env.count('sponsorship_payment'), await env.count('front_disbursement')]).toEqual(before);
    const { frontDisbursements } = await env.ok(
      `query($id: ID!) { frontDisbursements(filter: { fundId: $id }) { nodes { purpose amount person { id } } } }`,
      { id: fund.id },
    );
    expect(frontDisbursements.nodes).toEqual([
      { purpose: 'SPONSORSHIP_PAYMENT', amount: 1_000_000, person: { id: people[1]!.personId } },
    ]);
  });

  it('ends a pledge early, never before a month already paid, and the person can then leave the list', async () => {
    const END = `mutation($id: ID!, $last: PeriodCode!) { endSponsorshipPledge(id: $id, input: { lastMonth: $last,
      endedOn: "2025-07-05", reason: "Hộ chuyển đi nơi khác" }) { endMonth endedOn } }`;
    const REMOVE = `mutation($id: ID!) { removeFromNeedsList(id: $id, input: { removedOn: "2025-07-10", reason: MOVED_AWAY }) {
      removedOn removalReason } }`;
    const early = await env.h.query(END, { id: pledgeId, last: '2025-05' }, env.t.officer);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.lastMonth' });
    const stillRunning = await env.h.query(REMOVE, { id: entries[1]!.id }, env.t.officer);
    expect(stillRunning.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await env.ok(END, { id: pledgeId, last: '2025-07' })).endSponsorshipPledge).toEqual({
      endMonth: '2025-07',
      endedOn: '2025-07-05',
    });
    expect(fieldOf(await pay({ months: ['2025-08'], paidOn: '2025-08-01' }))).toBe('input.months[0]');
    expect((await env.ok(REMOVE, { id: entries[1]!.id })).removeFromNeedsList).toEqual({
      removedOn: '2025-07-10',
      removalReason: 'MOVED_AWAY',
    });
    const gone = await env.h.query(
      SIGN,
      {
        input: {
          needsListEntryId: entries[1]!.id,
          sponsors: [{ sponsorId: commune.id, amountPerMonth: 1 }],
          startMonth: '2025-08',
          endMonth: '2025-09',
          paymentMethod: 'CASH',
          signedOn: '2025-07-20',
        },
      },
      env.t.officer,
    );
    expect(fieldOf(gone)).toBe('input.needsListEntryId');
  });
});
