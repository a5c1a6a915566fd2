import { removeDemoTemplate, TEMPLATE_VARIABLE } from './demo-template';

export default async function globalTeardown() {
  removeDemoTemplate(process.env[TEMPLATE_VARIABLE]);
}
