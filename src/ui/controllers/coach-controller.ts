import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Coach, type CoachSummary, type CoachUpdate } from '../../coach/coach';
import { checkUses, type ExerciseSpec } from '../../coach/exercise';
import type { PoseFrame } from '../../pose/types';
import type { ArcLabel } from '../draw-coaching';
import { PlaybackCoaching } from '../sources/playback-coaching';

/**
 * Owns the coach for the exercise being done: feeds it every analysed frame, keeps the latest
 * update for the HUD and the overlay, and the summary at the end.
 */
export class CoachController implements ReactiveController {
  coach: Coach | null = null;
  latest: CoachUpdate | null = null;
  /**
   * What playback shows of every update of a video file, in order, compact (a 2-hour video's
   * whole updates would not fit in memory); a live session keeps none.
   */
  playback = new PlaybackCoaching([]);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts coaching `exercise` afresh (null: just tracking). */
  start(exercise: ExerciseSpec | null): void {
    this.coach = exercise ? new Coach(exercise) : null;
    this.latest = null;
    this.playback = new PlaybackCoaching(exercise?.show ?? []);
    this.host.requestUpdate();
  }

  /** Coaches one frame; `keep` it for playback (a file), or not (live: memory stays flat). */
  update(frame: PoseFrame, keep: boolean): CoachUpdate | null {
    if (!this.coach) return null;
    this.latest = this.coach.update(frame);
    if (keep) this.playback.push(this.latest);
    this.host.requestUpdate();
    return this.latest;
  }

  finish(): CoachSummary | null {
    return this.coach?.finish() ?? null;
  }

  /** The arcs to draw for an update: the exercise's shown measures that were measured. */
  arcs(update: CoachUpdate | null): ArcLabel[] {
    const exercise = this.coach?.exercise;
    if (!exercise || !update?.trackable) return [];
    const faulty = new Set(
      exercise.checks.filter((check) => update.faults.includes(check.id)).flatMap((check) => checkUses(check)),
    );
    const arcs: ArcLabel[] = [];
    for (const name of exercise.show ?? []) {
      const value = update.values[name];
      const arc = exercise.measures[name]?.arc?.(update.view.near);
      if (value === null || value === undefined || !arc) continue;
      arcs.push({ ...arc, value, faulty: faulty.has(name) });
    }
    return arcs;
  }
}
