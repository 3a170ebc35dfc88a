/**
 * The built-in routines, in the shape of the source material: a warm-up of dynamic moves for
 * 30 s – 1 min each, strength moves in sets with rest, then static stretches held 10–20 s.
 * Alternatives stand in when a move needs equipment the person does not have.
 */
import { msg } from '../i18n/msg';
import type { Routine } from './routine';

export const UPPER_BACK_RELIEF: Routine = {
  id: 'upper-back-relief',
  name: msg('Upper-back relief'),
  description: msg('About 20 minutes: warm up, strengthen the upper back, then stretch. A few times a week.'),
  builtIn: true,
  items: [
    { exercise: 'neck-roll', sets: 1, durationS: 40 },
    { exercise: 'shoulder-roll', sets: 1, durationS: 40 },
    { exercise: 'arm-circles', sets: 1, durationS: 40 },
    { exercise: 'cat-cow', sets: 1, durationS: 60, alternatives: ['overhead-arm-reach'] },
    { exercise: 'chair-rotation', sets: 2, holdS: 10, restS: 5, alternatives: ['overhead-arm-reach'] },
    { exercise: 'row', sets: 2, reps: 10, alternatives: ['scapular-squeeze'] },
    { exercise: 'wall-angel', sets: 2, reps: 10, alternatives: ['scapular-squeeze'] },
    { exercise: 'face-pull', sets: 2, reps: 12, alternatives: ['reverse-fly', 'superman'] },
    { exercise: 'superman', sets: 2, reps: 10, alternatives: ['scapular-squeeze'] },
    { exercise: 'scapular-squeeze', sets: 1, reps: 5 },
    { exercise: 'doorway-pec-stretch', sets: 2, holdS: 20, restS: 10, alternatives: ['butterfly'] },
    { exercise: 'childs-pose', sets: 1, holdS: 30, alternatives: ['upper-back-stretch'] },
    { exercise: 'upper-trap-stretch', sets: 1, holdS: 20 },
    { exercise: 'levator-scapulae-stretch', sets: 1, holdS: 20 },
    { exercise: 'upper-back-stretch', sets: 1, holdS: 20, alternatives: ['knee-grab-back-stretch'] },
  ],
};

export const DESK_BREAK: Routine = {
  id: 'desk-break',
  name: msg('Desk break'),
  description: msg('About 5 minutes, seated: loosen the neck and shoulders between tasks.'),
  builtIn: true,
  items: [
    { exercise: 'neck-roll', sets: 1, durationS: 30 },
    { exercise: 'shoulder-roll', sets: 1, durationS: 30 },
    { exercise: 'neck-rotation', sets: 1, reps: 5 },
    { exercise: 'neck-tilts', sets: 1, holdS: 10 },
    { exercise: 'upper-trap-stretch', sets: 1, holdS: 15 },
    { exercise: 'butterfly', sets: 1, holdS: 15 },
    { exercise: 'chair-rotation', sets: 1, holdS: 10 },
  ],
};

export const BUILT_IN_ROUTINES: readonly Routine[] = [UPPER_BACK_RELIEF, DESK_BREAK];
