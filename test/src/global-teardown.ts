import { removeDemoTemplate } from './demo-template';
import { demoTemplate } from './env';

export default async function globalTeardown() {
  removeDemoTemplate(demoTemplate.dir);
}
