/**
 * Every bench section, in the order they run. A new feature adds its section in its own
 * file under scripts/bench/ and one line here.
 */
import { detectSection } from './detect';
import { linkedinSection } from './linkedin';
import { popupSection } from './popup';
import { planSection } from './plan';
import { type BenchSection } from './registry';
import { storeSection } from './store';
import { gmailSection, outlookSection } from './webmail';

export const sections: readonly BenchSection[] = [
  planSection,
  detectSection,
  storeSection,
  gmailSection,
  outlookSection,
  linkedinSection,
  popupSection,
];
