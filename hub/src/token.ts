import { Command, Option } from 'commander';
import {
  ORGANISATIONS,
  ROLES,
  signToken,
  spanSeconds,
  unitsNotInForce,
  type OrganisationId,
  type Role,
} from '@chung-tay/common';
import { jwtSecretFor } from './dev-secret';
import { defaultDataDir } from './paths';

// `npm run -s token -- --org people-committee --unit 75 --role officer` prints a token alone on stdout.
const program = new Command('token')
  .description("Issue a signed token for the hub (HS256, with this hub's secret)")
  .addOption(new Option('--org <org>', 'organisation').choices(ORGANISATIONS).makeOptionMandatory())
  .requiredOption('--unit <code...>', 'administrative unit code(s) the caller covers, e.g. 75 or 25222')
  .addOption(new Option('--role <role...>', 'role(s)').choices(ROLES).default(['viewer']))
  .option('--subject <id>', 'who the token is for')
  .option('--expires-in <span>', 'lifetime, e.g. 8h or 30m; at most, and by default, 12h (JWT_MAX_LIFETIME)')
  .action(
    async (o: {
      org: OrganisationId;
      unit: string[];
      role: Role[];
      subject?: string;
      expiresIn?: string;
    }) => {
      // The sign-in rule first, so a retired district's 3-digit code is named as retired, not as malformed.
      const notInForce = unitsNotInForce(o.unit.filter((u) => /^\d{2,5}$/.test(u)));
      if (notInForce) program.error(`error: --unit: ${notInForce}`);
      const bad = o.unit.filter((u) => !/^\d{2}(\d{3})?$/.test(u));
      if (bad.length)
        program.error(`error: --unit ${bad.join(', ')}: a unit code is 2 digits (province) or 5 (commune)`);
      const token = await signToken(
        { org: o.org, units: o.unit, roles: o.role, subject: o.subject, expiresIn: o.expiresIn },
        {
          JWT_SECRET: jwtSecretFor(defaultDataDir()),
          JWT_ISSUER: process.env.JWT_ISSUER ?? 'chung-tay',
          JWT_AUDIENCE: process.env.JWT_AUDIENCE ?? 'chung-tay-hub',
          JWT_MAX_LIFETIME: spanSeconds(process.env.JWT_MAX_LIFETIME ?? '') ?? undefined,
        },
      );
      process.stdout.write(`${token}\n`);
    },
  );

program.parseAsync().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
