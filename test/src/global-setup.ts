import { buildDemoTemplate, TEMPLATE_VARIABLE } from './demo-template';

export default async function globalSetup() {
  process.env[TEMPLATE_VARIABLE] = await buildDemoTemplate();
}
