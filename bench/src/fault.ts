import { SUBGRAPHS, todayInVietnam, type OrganisationId } from '@chung-tay/common';
import type { RunningHub } from '@chung-tay/hub';
import { Command, InvalidArgumentError } from 'commander';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startDemoHub } from './demo-hub';

// `npm run fault -- --minutes 3 --subgraph labour-union`: the whole hub on loopback with its demo data, a mix of
// reads and writes from several clients for a few minutes while one organisation's service is stopped and started
// again; then every write the hub acknowledged is looked up in the databases. Stops by itself; never part of
// npm test. Exit 1 if an acknowledged write is missing or recorded twice, or the hub answered 5xx.

interface Options {
  minutes: number;
  subgraph: string;
  clients: number;
  downSeconds: number;
}

interface Tally {
  served: Record<string, number>;
  refused: Record<string, number>;
  errors: Record<string, number>;
  /** The first message seen with each code, and the operation it came from. */
  examples: Record<string, string>;
  serverErrors: number;
}

interface Acknowledged {
  assessments: string[];
  careActivities: string[];
  /** Donations by idempotency key: the id the hub answered with. */
  donations: Map<string, string>;
}

const wholeIn = (what: string, min: number, max: number) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new InvalidArgumentError(`${what} is a whole number from ${min} to ${max}`);
  return Number(value);
};

type Answer = { status: number; data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(url: string, token: string, query: string, variables: object): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json().catch(() => ({}))) as Omit<Answer, 'status'>;
    return { status: response.status, ...body };
  } catch (error) {
    return { status: 0, errors: [{ message: String(error), extensions: { code: 'NETWORK' } }] };
  }
}

const HOUSEHOLD = `query FaultHousehold($id: ID!) { household(id: $id) {
  id code status unionMembers { status } womensUnionSupport { kind } frontSupport { disbursedTotal }
  loans { status } } }`;
const AREA = `query FaultArea($p: PeriodCode!) { areaPeriod(unitCode: "75", period: $p) {
  peopleCommittee { householdsAtEnd { poor } } labourUnion { care { valueVnd } }
  fatherlandFront { fund { disbursements } } microfinance { outstandingPrincipal } } }`;
const ASSESS = `mutation FaultAssess($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`;
const DONATE = `mutation FaultDonate($input: RecordFrontDonationInput!) { recordFrontDonation(input: $input) { id } }`;
const CARE = `mutation FaultCare($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`;

async function main(options: Options) {
  if (!SUBGRAPHS.some((s) => s.name === options.subgraph))
    throw new InvalidArgumentError(`--subgraph is one of ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-fault-'));
  console.log(`Starting the hub on loopback with its demo data (${dataDir}) …`);
  let hub: RunningHub | undefined;
  try {
    const demo = await startDemoHub(dataDir);
    hub = demo.hub;
    const url = demo.url;
    const token = (org: OrganisationId) => demo.token(org, ['officer']);
    const pc = await token('people-committee');
    const ff = await token('fatherland-front');
    const lu = await token('labour-union');

    // What the writes need, read once while everything is up.
    const ids = (
      await post(url, pc, '{ households(first: 100) { nodes { id } } }', {})
    ).data.households.nodes.map((n: { id: string }) => n.id) as string[];
    const fundId = (await post(url, ff, '{ frontFunds(first: 1) { nodes { id } } }', {})).data.frontFunds
      .nodes[0]?.id as string;
    // Care goes to households with a member of the union organisation giving it (as the Labour Union requires).
    const members = (
      await post(url, lu, '{ unionMembers(first: 100) { nodes { householdId unionOrganisationId } } }', {})
    ).data.unionMembers.nodes as { householdId: string | null; unionOrganisationId: string }[];
    const cared = members.filter((m) => m.householdId) as {
      householdId: string;
      unionOrganisationId: string;
    }[];
    const today = todayInVietnam();
    const random = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;

    const tally: Tally = { served: {}, refused: {}, errors: {}, examples: {}, serverErrors: 0 };
    const acked: Acknowledged = { assessments: [], careActivities: [], donations: new Map() };
    const count = (what: string, answer: Answer) => {
      if (answer.status >= 500) tally.serverErrors += 1;
      if (answer.status === 200 && !answer.errors?.length) tally.served[what] = (tally.served[what] ?? 0) + 1;
      else tally.refused[what] = (tally.refused[what] ?? 0) + 1;
      for (const e of answer.errors ?? []) {
        const code = e.extensions?.code ?? `HTTP ${answer.status}`;
        tally.errors[code] = (tally.errors[code] ?? 0) + 1;
        tally.examples[code] ??= `${what}: ${e.message.slice(0, 160)}`;
      }
      return answer;
    };

    const operations: [number, () => Promise<void>][] = [
      [45, async () => void count('household (read)', await post(url, pc, HOUSEHOLD, { id: random(ids) }))],
      [15, async () => void count('area view (read)', await post(url, pc, AREA, { p: '2026-Q3' }))],
      [
        15,
        async () => {
          const input = {
            householdId: random(ids),
            reviewKind: 'AD_HOC',
            reviewDate: today,
            incomePerPersonMonth: 1_000_000 + Math.floor(Math.random() * 2_000) * 1_000,
            deprivations: [],
          };
          const a = count('assessment (write)', await post(url, pc, ASSESS, { input }));
          if (a.data?.recordAssessment?.id && !a.errors) acked.assessments.push(a.data.recordAssessment.id);
        },
      ],
      [
        15,
        async () => {
          // A client that retries a donation with the same idempotency key until it is acknowledged (3 tries).
          const idempotencyKey = `fault-${randomUUID()}`;
          const input = {
            fundId,
            donorKind: 'INDIVIDUAL',
            donorName: idempotencyKey,
            amount: 100_000,
            date: today,
            idempotencyKey,
          };
          for (let attempt = 0; attempt < 3; attempt++) {
            const a = count('donation (write, retried)', await post(url, ff, DONATE, { input }));
            const id = a.data?.recordFrontDonation?.id;
            if (id && !a.errors) {
              acked.donations.set(idempotencyKey, id);
              return;
            }
          }
        },
      ],
      [
        10,
        async () => {
          const member = random(cared);
          const input = {
            kind: 'VISIT',
            date: today,
            unionOrganisationId: member.unionOrganisationId,
            householdId: member.householdId,
            value: 200_000,
            fundingSource: 'UNION_FUND',
          };
          const a = count(
            `care activity (write, ${options.subgraph === 'labour-union' ? 'faulted' : 'Labour Union'})`,
            await post(url, lu, CARE, { input }),
          );
          if (a.data?.recordCareActivity?.id && !a.errors)
            acked.careActivities.push(a.data.recordCareActivity.id);
        },
      ],
    ];
    const total = operations.reduce((s, [w]) => s + w, 0);
    const pick = () => {
      let r = Math.random() * total;
      for (const [w, op] of operations) if ((r -= w) < 0) return op;
      return operations[0]![1];
    };

    const started = Date.now();
    const endAt = started + options.minutes * 60_000;
    const clients = Array.from({ length: options.clients }, async () => {
      while (Date.now() < endAt) await pick()();
    });

    // Faults: stop the subgraph 20 s in and every minute after, for downSeconds each time.
    const faults: string[] = [];
    const faulting = (async () => {
      let next = started + 20_000;
      while (next + options.downSeconds * 1000 < endAt) {
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
        const at = Math.round((Date.now() - started) / 1000);
        await hub!.stopSubgraph(options.subgraph);
        await new Promise((r) => setTimeout(r, options.downSeconds * 1000));
        await hub!.startSubgraph(options.subgraph);
        faults.push(`${at} s – ${Math.round((Date.now() - started) / 1000)} s`);
        next += 60_000;
      }
    })();
    const progress = setInterval(() => {
      const served = Object.values(tally.served).reduce((a, b) => a + b, 0);
      console.log(`  ${Math.round((Date.now() - started) / 1000)} s: ${served} answered in full`);
    }, 15_000);
    await Promise.all([...clients, faulting]);
    clearInterval(progress);

    // Every acknowledged write, looked up in its organisation's own database.
    const inDatabase = async (subgraph: string, sql: string, values: unknown[]) => {
      const client = new Client({ connectionString: hub!.databaseUrls[subgraph] });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    };
    const foundAssessments = await inDatabase(
      'people-committee',
      'SELECT count(*)::int AS n FROM assessment WHERE id = ANY($1::uuid[])',
      [acked.assessments],
    );
    const foundCare = await inDatabase(
      'labour-union',
      'SELECT count(*)::int AS n FROM care_activity WHERE id = ANY($1::uuid[])',
      [acked.careActivities],
    );
    const donationRows = (await inDatabase(
      'fatherland-front',
      `SELECT donor_name AS key, count(*)::int AS n FROM front_donation WHERE donor_name LIKE 'fault-%' GROUP BY donor_name`,
      [],
    )) as { key: string; n: number }[];
    const recorded = new Map(donationRows.map((r) => [r.key, r.n]));
    const missingDonations = [...acked.donations.keys()].filter((k) => !recorded.get(k));
    const doubled = donationRows.filter((r) => r.n > 1);

    const minutes = (Date.now() - started) / 60_000;
    console.log(
      `\nRan ${minutes.toFixed(1)} min with ${options.clients} clients; ${options.subgraph} stopped at ${faults.join(', ')}`,
    );
    console.log('Answered in full:');
    for (const [what, n] of Object.entries(tally.served)) console.log(`  ${String(n).padStart(7)}  ${what}`);
    console.log('Answered with errors or refused:');
    for (const [what, n] of Object.entries(tally.refused)) console.log(`  ${String(n).padStart(7)}  ${what}`);
    console.log('Errors seen, by code:');
    for (const [code, n] of Object.entries(tally.errors))
      console.log(`  ${String(n).padStart(7)}  ${code}  (first: ${tally.examples[code]})`);
    console.log(`Server errors (5xx): ${tally.serverErrors}`);
    const lines = [
      ['assessments', acked.assessments.length, foundAssessments[0].n],
      ['care activities', acked.careActivities.length, foundCare[0].n],
      ['donations', acked.donations.size, acked.donations.size - missingDonations.length],
    ] as const;
    console.log('Acknowledged writes found in the databases:');
    for (const [what, ack, found] of lines) console.log(`  ${what}: ${found} of ${ack}`);
    console.log(`Donations recorded twice: ${doubled.length}`);
    const ok =
      lines.every(([, ack, found]) => ack === found) && doubled.length === 0 && tally.serverErrors === 0;
    console.log(ok ? '\nEvery acknowledged write is there, once.' : '\nFAILED: see above.');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await hub?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

new Command('fault')
  .description('Run a read/write mix on a loopback hub while stopping and starting one subgraph')
  .option('--minutes <n>', 'how long the load runs (1–10)', wholeIn('--minutes', 1, 10), 3)
  .option('--subgraph <name>', 'the subgraph to stop and start', 'labour-union')
  .option('--clients <n>', 'clients sending requests at once (1–32)', wholeIn('--clients', 1, 32), 6)
  .option(
    '--down-seconds <n>',
    'how long the subgraph stays down each time (1–50)',
    wholeIn('--down-seconds', 1, 50),
    15,
  )
  .action((o: Options) => main(o))
  .parseAsync()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
