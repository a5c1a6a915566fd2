import { ConfigurationError, parseEnv } from '@chung-tay/common';
import { identityEnv } from '../env';

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    parseEnv(identityEnv, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
};

test('defaults: port 4010 on loopback, the gateway on 4000 under both loopback names, 10-minute tokens, unit 75', () => {
  expect(parseEnv(identityEnv, { IDENTITY_DATA_DIR: '/tmp/x' })).toEqual({
    IDENTITY_PORT: 4010,
    IDENTITY_HOST: '127.0.0.1',
    IDENTITY_DATA_DIR: '/tmp/x',
    IDENTITY_DASHBOARD_ORIGINS: ['http://localhost:4000', 'http://127.0.0.1:4000'],
    IDENTITY_ACCESS_TOKEN_TTL: 600,
    IDENTITY_DEMO_UNIT: '75',
    JWT_AUDIENCE: 'chung-tay-hub',
  });
});

test('origins are read from a comma-separated list, spaces and a trailing slash allowed', () => {
  const env = parseEnv(identityEnv, {
    IDENTITY_DATA_DIR: '/tmp/x',
    IDENTITY_DASHBOARD_ORIGINS: 'http://localhost:45000/, https://hub.example.vn',
  });
  expect(env.IDENTITY_DASHBOARD_ORIGINS).toEqual(['http://localhost:45000', 'https://hub.example.vn']);
});

test('every bad variable is named with what is wrong', () => {
  expect(
    problems({
      IDENTITY_PORT: '70000',
      IDENTITY_DASHBOARD_ORIGINS: 'http://localhost:4000/dashboard/',
      IDENTITY_ACCESS_TOKEN_TTL: 'soon',
      IDENTITY_DEMO_UNIT: '7',
    }),
  ).toEqual([
    'IDENTITY_PORT: must be between 0 and 65535',
    'IDENTITY_DATA_DIR: is required: the folder the provider keeps its keys and accounts in',
    'IDENTITY_DASHBOARD_ORIGINS: must be comma-separated http(s) origins without a path, e.g. http://localhost:4000',
    'IDENTITY_ACCESS_TOKEN_TTL: must be a number of seconds',
    'IDENTITY_DEMO_UNIT: must be a unit code: 2 digits (province) or 5 (commune)',
  ]);
});
