import 'reflect-metadata';
import { buildSchema } from './schema';

// Prints this subgraph's SDL for `npm run compose`; runs in its own process (type-graphql keeps global state).
buildSchema()
  .then(({ sdl }) => process.stdout.write(sdl))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
