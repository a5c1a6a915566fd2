import { buildDemoTemplate } from './demo-template';
import { demoTemplate } from './env';

export default async function globalSetup() {
  demoTemplate.dir = await buildDemoTemplate();
}
