import { GlossaryDrawer } from './GlossaryDrawer';
import { useGlossaryKey } from './useGlossaryKey';

/**
 * The glossary and its F1 key, mounted once at the app's root so they answer on every screen,
 * the start-up screen included, and stay open across a change of language.
 */
export function HelpLayer() {
  useGlossaryKey();
  return <GlossaryDrawer />;
}
