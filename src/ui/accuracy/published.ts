/**
 * The accuracy results built into the app: every model's latest `npm run eval -- … --publish`
 * (accuracy.json, written by scripts/eval/publish.ts). Read by the Accuracy page and the
 * exercise cards.
 */
import type { AccuracyPublication } from './accuracy-report';
import published from './accuracy.json';

export const PUBLISHED: AccuracyPublication = published as AccuracyPublication;
