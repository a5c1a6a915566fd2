import { TEMPLATE_VARIABLE } from './demo-template';

/**
 * The folder of the run's demo template (demo-template.ts): jest's global setup builds it and passes it to the test
 * files, which run in processes it starts, through this variable.
 */
export const demoTemplate = {
  get dir(): string | undefined {
    return process.env[TEMPLATE_VARIABLE];
  },
  set dir(dir: string) {
    process.env[TEMPLATE_VARIABLE] = dir;
  },
};

/** This process's environment less `name`: a CLI run as a user would, without a setting the tests hold. */
export const inheritedEnvWithout = (name: string): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== name));
