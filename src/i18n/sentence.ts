/**
 * Names placed mid-sentence. English lowers them ("does not look like the row", "elbow 171°");
 * German capitalises nouns, so a name or label keeps its own case there. Text built from a name
 * passes it through these instead of calling `toLowerCase()` itself.
 */
import { activeLocale } from './active';

/** A label mid-sentence: English lowers its first letter ("Elbow" → "elbow"), others keep it. */
export const labelInSentence = (text: string): string =>
  activeLocale() === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** An exercise's name mid-sentence: English lowers all of it ("Cat-cow" → "cat-cow"), others keep it. */
export const nameInSentence = (name: string): string => (activeLocale() === 'en' ? name.toLowerCase() : name);
