import 'reflect-metadata';
import { buildFatherlandFrontSchema } from './schema';

// Prints this subgraph's SDL for `npm run compose`; runs in its own process (type-graphql keeps global state).
buildFatherlandFrontSchema().then(
  ({ sdl }) => process.stdout.write(sdl),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
