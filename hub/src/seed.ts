import { Command, InvalidArgumentError, Option } from 'commander';
import { inheritedEnv, SUBGRAPHS, todayInVietnam } from '@chung-tay/common';
import { defaultDataDir } from './paths';
import { consoleProgress, formatFigures, runSeed, SeedRefusal } from './seed/index';

const positive = (what: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError(`${what} is a whole number ≥ 1`);
  return Number(value);
};

// `npm run seed -- --province 75 --households 20000 [--seed 1] [--data-dir DIR]`
const program = new Command('seed')
  .description(
    "Fill every subgraph's database with a generated, consistent data set (deterministic for a seed), " +
      'in the data folder `npm start` uses',
  )
  .requiredOption('--province <code>', 'province code (2 digits), e.g. 75 for Đồng Nai', (v) => {
    if (!/^\d{2}$/.test(v)) throw new InvalidArgumentError('a province code is 2 digits');
    return v;
  })
  .requiredOption('--households <n>', 'how many households to generate', positive('--households'))
  .option('--seed <n>', 'random seed: the same seed gives the same rows', positive('--seed'), 1)
  .option('--data-dir <dir>', 'the hub data folder (default: CHUNG_TAY_DATA_DIR or .data)')
  .addOption(
    new Option('--today <date>', 'the day the history runs up to (YYYY-MM-DD)').default(
      undefined,
      'today in Vietnam',
    ),
  )
  .option('--replace', "empty every subgraph's database first (its demo data and audit log too)", false)
  .option(
    '--yes',
    '--replace on databases named by <SUBGRAPH>_DATABASE_URL, not only the embedded ones',
    false,
  )
  .action(
    async (o: {
      province: string;
      households: number;
      seed: number;
      dataDir?: string;
      today?: string;
      replace: boolean;
      yes: boolean;
    }) => {
      if (o.today && (!/^\d{4}-\d{2}-\d{2}$/.test(o.today) || Number.isNaN(Date.parse(o.today)))) {
        program.error('error: --today is a date YYYY-MM-DD');
      }
      if (o.today && o.today > todayInVietnam()) program.error('error: --today cannot be in the future');
      if (o.today && o.today < '2025-07-01')
        program.error('error: --today is on or after 2025-07-01 (the unit reform)');
      const env = inheritedEnv();
      if (o.replace && env.NODE_ENV === 'production')
        program.error('error: --replace empties every database; it is refused when NODE_ENV=production');
      const given = SUBGRAPHS.filter((s) => env[`${s.envPrefix}_DATABASE_URL`]);
      if (o.replace && given.length && !o.yes)
        program.error(
          `error: --replace would empty databases you named (${given.map((s) => `${s.envPrefix}_DATABASE_URL`).join(', ')}), ` +
            'audit log included; add --yes if that is what you want',
        );
      const progress = consoleProgress();
      try {
        const result = await runSeed({
          dataDir: o.dataDir ?? defaultDataDir(),
          province: o.province,
          households: o.households,
          seed: o.seed,
          today: o.today,
          replace: o.replace,
          progress,
        });
        progress.stop();
        console.log(`\n${formatFigures(result)}`);
      } catch (error) {
        progress.stop();
        if (error instanceof SeedRefusal) {
          console.error(`Nothing generated: ${error.message}.`);
          process.exit(2);
        }
        throw error;
      }
    },
  );

program.parseAsync().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
