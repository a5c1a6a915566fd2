import { GenerationWave, type OrganisationGenerators, type Query } from '@chung-tay/common/generate';
import { GENERATED_CODE_PREFIX, generatePeopleCommittee } from './bulk';

/** An earlier run's households are found by their code prefix (the demo register's codes differ). */
async function refusal(query: Query): Promise<string | null> {
  const [{ n }] = (await query(`SELECT count(*)::int AS n FROM household WHERE code LIKE $1`, [
    `${GENERATED_CODE_PREFIX}%`,
  ])) as { n: number }[];
  return n > 0
    ? `the data folder already holds ${n} generated households; add --replace to empty every subgraph's database and generate again`
    : null;
}

/**
 * The register every other organisation points into. Its demo register is written in the subgraph's own
 * process (seedDemoData), so there is no demo through the gateway; the generated register comes first.
 */
export const generators: OrganisationGenerators = {
  bulk: {
    wave: GenerationWave.REGISTER,
    refusal,
    generate: async (ctx) =>
      ctx.provide('register', await generatePeopleCommittee(ctx, ctx.province, ctx.households)),
  },
};
