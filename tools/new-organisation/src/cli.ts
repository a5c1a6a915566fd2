import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { scaffold, ScaffoldError } from './scaffold';

// `npm run new-organisation -- --name farmers-union --vi "Hội Nông dân" --en "Farmers' Union"`
const program = new Command('new-organisation')
  .description("Scaffolds a new organisation's subgraph from the kit and adds it to the hub")
  .requiredOption(
    '--name <id>',
    'kebab-case id: token claim, folder under subgraphs/, env prefix (FARMERS_UNION)',
  )
  .option('--vi <name>', 'its name in Vietnamese')
  .option('--en <name>', 'its name in English')
  .option('--port <port>', 'its default HTTP port (default: one above the highest taken)')
  .option('--root <dir>', 'the repository to add it to', resolve(__dirname, '..', '..', '..'))
  .option('--skip-install', 'do not run npm install afterwards (it links the new workspace)')
  .showHelpAfterError();

async function main() {
  const options = program.parse().opts<{
    name: string;
    vi?: string;
    en?: string;
    port?: string;
    root: string;
    skipInstall?: boolean;
  }>();
  const { names, files } = await scaffold(options.root, options);
  console.log(`Added ${names.en} (${names.id}, port ${names.port}, ${names.PREFIX}_*):`);
  for (const f of files) console.log(`  ${f}`);
  if (!options.skipInstall) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: options.root, stdio: 'inherit' });
  }
  console.log(
    `Next: npm run compose (commit schema/), npm test -w @chung-tay/${names.id}, npm start.\n` +
      'Then write what the README\'s "Adding an organisation" lists.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ScaffoldError ? `new-organisation: ${error.message}` : error);
  process.exit(1);
});
