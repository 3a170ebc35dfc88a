/**
 * Detection assist: helps MediaPipe's person detector find people it misses on the whole frame —
 * small in the picture or in a dim room — and no cost when it does not need to.
 *
 * Why: PoseLandmarker finds a person with a detector that sees the whole frame letterboxed to
 * 224×224; once found, the landmark model crops its own region at the input's resolution. A person
 * a quarter of the picture tall (a face of a few detector pixels) is never found, a prone body at
 * 35 % of the picture on only a quarter of the frames, and nobody at mean luma 0.05 (README,
 * "Lying down, small, dim"). So it is the detection that fails, and a zoomed crop fixes it.
 *
 * How, one inference per frame whatever the mode:
 * - `whole`: the frame itself goes to the model (no crop, no copy). A person it finds stays here,
 *   so an ordinary set-up costs nothing.
 * - `search`: after a while with nobody found (or a small person missed on most frames), each frame shows the model one zoomed crop of a
 *   cycle (the whole frame, a 2×2 overlapping grid, the centre, a 3×3 grid), so a small person's
 *   face is 2–2.5× larger for the detector.
 * - `follow`: a person found small (or in a crop) is followed with a window around their box (with
 *   margin, smoothed, moved a little per frame), so the landmarker's VIDEO-mode tracking, which
 *   carries the person's region from one frame to the next in the input's coordinates, sees a
 *   consistent picture. It starts from the crop that found them (or the whole frame) and grows
 *   back to the whole frame when the person is large; lost for a while, the search starts again.
 * - In a dim picture with nobody found, or any very dark one, the frame given to the model is
 *   brightened (a gain), kept while the picture stays dark so the tracked input does not change its
 *   look; the pose frame says so (`lift`), for the set-up trusts a very dark picture only lifted.
 *
 * Windows keep the frame's aspect ratio (the same fraction of width and height), so a window that
 * grows to the whole frame is the whole frame, and landmarks map back by one scale and offset.
 * This file is pure (no MediaPipe, no canvas): the worker draws the windows it plans.
 */
import type { Landmark, Pose } from '../../pose/types';

/** A part of the frame: `x`, `y` its top-left corner and `size` its width and height, as fractions of the frame's. */
export interface CropWindow {
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

export const WHOLE_FRAME: CropWindow = { x: 0, y: 0, size: 1 };

export const isWholeFrame = (window: CropWindow): boolean => window.size >= 1;

/** A person's extent in the frame (fractions of its width and height). */
export interface PersonBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A landmark seen in `window` (normalised to it) placed in the whole frame's normalised coordinates. */
function landmarkToFrame(point: Landmark, window: CropWindow): Landmark {
  return {
    x: window.x + point.x * window.size,
    y: window.y + point.y * window.size,
    // MediaPipe's image z is on the scale of x (the input's width): the crop's width is `size` of the frame's.
    z: point.z * window.size,
    visibility: point.visibility,
  };
}

/** A pose found in a crop, in the whole frame's coordinates; world landmarks (metres) are unchanged. */
export function poseToFrame(pose: Pose, window: CropWindow): Pose {
  if (isWholeFrame(window)) return pose;
  return { image: pose.image.map((point) => landmarkToFrame(point, window)), world: pose.world };
}

/** Landmarks this sure are the person's outline; the rest are guesses (a hidden far foot). */
const OUTLINE_VISIBILITY = 0.5;

/** The box around the person's landmarks (the seen ones; all of them when too few are seen). */
export function personBox(pose: Pose): PersonBox | null {
  const seen = pose.image.filter((point) => point.visibility >= OUTLINE_VISIBILITY);
  const points = seen.length >= 4 ? seen : pose.image;
  if (points.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const point of points) {
    left = Math.min(left, point.x);
    right = Math.max(right, point.x);
    top = Math.min(top, point.y);
    bottom = Math.max(bottom, point.y);
  }
  return { left, top, right, bottom };
}

/** The person's larger side as a fraction of the frame's (width or height: windows scale both alike). */
export const personExtent = (box: PersonBox): number => Math.max(box.right - box.left, box.bottom - box.top);

export interface AssistTuning {
  /**
   * Frames with nobody found, on the whole frame, before the search starts (0.1–0.4 s at 10–30
   * fps): a photo's still scene is 21 frames at 10 fps, and the search (15 frames), the window
   * closing in and the coach settling (0.5 s) must fit in it. Searching costs nothing more per
   * frame, and a person found large in a crop is given the whole frame at once.
   */
  readonly searchAfter: number;
  /** Frames with nobody found while following before the search starts again. */
  readonly lostAfter: number;
  /**
   * A person smaller than this (larger side, of the frame's) found in a search crop is followed;
   * on the whole frame, their misses add up to a search.
   */
  readonly followBelow: number;
  /** The window is this many times the person's larger side: room for arms that reach and a body that moves. */
  readonly margin: number;
  /** The window never zooms in further than this: the landmark model needs context around the person. */
  readonly minSize: number;
  /** A window this large becomes the whole frame (follow ends: the detector finds such a person itself). */
  readonly wholeAbove: number;
  /** Per frame, the window moves at most this fraction of its size, and its size changes at most this fraction. */
  readonly maxStep: number;
  /** Mean luma below which a picture with nobody found is brightened, and above which the gain stops. */
  readonly darkBelow: number;
  /**
   * Mean luma below which the picture is brightened whether or not anyone is found: a person the
   * detector finds in a picture this dark (it does, now and then) would otherwise keep the unlifted
   * picture, whose landmarks are not to be trusted.
   */
  readonly liftBelow: number;
  readonly lightAbove: number;
  /** The gain brings the mean luma to this, at most `maxGain` times. */
  readonly targetLuma: number;
  readonly maxGain: number;
}

export const DEFAULT_TUNING: AssistTuning = {
  searchAfter: 4,
  lostAfter: 8,
  // A person a third of the picture tall was found on every frame (the seated twist at 35 %),
  // and the prone superman at 35 % (a body ~0.28 of the frame wide) only on a quarter of them.
  followBelow: 0.3,
  margin: 2,
  minSize: 0.3,
  // With margin 2 a person 0.45 of the frame: well above where the detector starts to miss.
  wholeAbove: 0.9,
  // MediaPipe carries the person's region from one frame to the next, enlarged around the body: a
  // window moved 5 % of its size per frame shifts the person by 5 % of the input, well within it.
  maxStep: 0.05,
  // Ordinary rooms read 0.35–0.75; the coach itself refuses a picture under 0.04, and one under
  // 0.07 that was not lifted (setup.ts).
  darkBelow: 0.2,
  // The set-up trusts a picture under its NEAR_BLACK (0.07) only lifted (setup.ts): the one-arm
  // chair row dimmed in the browser (lite, README "Lying down, small, dim"), found in the unlifted
  // picture at luma 0.053–0.063 with every needed landmark at visibility ~0.95, lay up to 36 px (of
  // 360, 95th percentile) from the undimmed copy's landmarks and counted 0 of 6 rows; lifted from
  // its first frame, 6 of 6 within 5–7 px. Up to the set-up's TOO_DARK (0.12) as well: found in the
  // picture as it is at 0.078 and 0.108 the chair row lay 3–5 px (12–22 px, 95th percentile) off
  // and counted 2 and 4 of 6; lifted, 1.3–1.8 px (4–5 px) off and 6 and 6 — and the superman, the
  // two-arm row and the bench row at 0.078 and 0.108 counted as undimmed (3, 2, 1; the bench row at
  // 0.078 0 of 1 either way) with no cue their undimmed copies lack. (A first try gave the superman
  // at 0.108 a false "lift together": that check judged the arms' small rise against the legs'
  // large one; it no longer does, superman.ts.)
  liftBelow: 0.12,
  lightAbove: 0.3,
  targetLuma: 0.4,
  maxGain: 5,
};

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** A window of `size` centred on (cx, cy) as near as it can be while inside the frame. */
export function windowAt(cx: number, cy: number, size: number): CropWindow {
  const s = clamp(size, 0, 1);
  return { x: clamp(cx - s / 2, 0, 1 - s), y: clamp(cy - s / 2, 0, 1 - s), size: s };
}

/** The window to follow a person in: their box, with margin, centred, within the frame. */
export function followWindow(box: PersonBox, tuning: AssistTuning = DEFAULT_TUNING): CropWindow {
  const size = clamp(personExtent(box) * tuning.margin, tuning.minSize, 1);
  return windowAt((box.left + box.right) / 2, (box.top + box.bottom) / 2, size);
}

/**
 * One frame's move from `current` towards `target`: a fraction of the way (smooth), and at most
 * `maxStep` of the window's size (the tracker keeps up). Within the frame.
 */
export function stepToward(current: CropWindow, target: CropWindow, tuning: AssistTuning = DEFAULT_TUNING): CropWindow {
  const limit = tuning.maxStep * current.size;
  const ease = 0.5;
  const move = (from: number, to: number) => from + clamp((to - from) * ease, -limit, limit);
  const size = move(current.size, target.size);
  const cx = move(current.x + current.size / 2, target.x + target.size / 2);
  const cy = move(current.y + current.size / 2, target.y + target.size / 2);
  return windowAt(cx, cy, size);
}

/**
 * The crops the search cycles through, one per frame: the whole frame (someone ordinary walks in),
 * a 2×2 overlapping grid and the centre (2× zoom), then a 3×3 grid (2.5× zoom). 15 frames: a
 * second at 15 fps.
 */
export function searchWindows(): CropWindow[] {
  const windows: CropWindow[] = [WHOLE_FRAME];
  for (const y of [0, 0.45]) for (const x of [0, 0.45]) windows.push({ x, y, size: 0.55 });
  windows.push({ x: 0.25, y: 0.25, size: 0.5 });
  for (const y of [0, 0.3, 0.6]) for (const x of [0, 0.3, 0.6]) windows.push({ x, y, size: 0.4 });
  return windows;
}

export type AssistMode = 'whole' | 'search' | 'follow';

/** What to give the model for the next frame. */
export interface AssistPlan {
  readonly window: CropWindow;
  /** Brightness multiplier for the model's copy of the frame (1: the frame as it is). */
  readonly gain: number;
}

/**
 * The assist's state machine. Per frame: `plan()` says which part of the frame to show the model
 * and how bright; the worker runs the model on it, maps the poses back with {@link poseToFrame}
 * and tells `observe()` what was found.
 */
export class DetectionAssist {
  private state: AssistMode = 'whole';
  private window: CropWindow = WHOLE_FRAME;
  private target: CropWindow = WHOLE_FRAME;
  private misses = 0;
  private searchIndex = 0;
  private gain = 1;
  private readonly cycle = searchWindows();

  constructor(private readonly tuning: AssistTuning = DEFAULT_TUNING) {}

  get mode(): AssistMode {
    return this.state;
  }

  /** A new source: as if new. */
  reset(): void {
    this.state = 'whole';
    this.window = WHOLE_FRAME;
    this.target = WHOLE_FRAME;
    this.misses = 0;
    this.searchIndex = 0;
    this.gain = 1;
  }

  /** `brightness`: the picture's latest mean luma (0–1), null when not yet measured. */
  plan(brightness: number | null): AssistPlan {
    this.updateGain(brightness);
    if (this.state === 'search') this.window = this.cycle[this.searchIndex % this.cycle.length] ?? WHOLE_FRAME;
    else if (this.state === 'follow') this.window = this.followStep();
    else this.window = WHOLE_FRAME;
    return { window: this.window, gain: this.gain };
  }

  /** The poses the model found on the planned window, already in the frame's coordinates. */
  observe(poses: readonly Pose[]): void {
    const pose = poses[0];
    const box = pose ? personBox(pose) : null;
    if (!box) {
      this.misses++;
      if (this.state === 'search') this.searchIndex++;
      else if (this.state === 'whole' && this.misses >= this.tuning.searchAfter) this.startSearch();
      else if (this.state === 'follow' && this.misses >= this.tuning.lostAfter) this.startSearch();
      return;
    }
    this.target = followWindow(box, this.tuning);
    const small = personExtent(box) < this.tuning.followBelow;
    if (this.state === 'whole') {
      // The whole frame finds this person: nothing to do, whatever their size — following a small
      // person the detector already finds only changes the landmarks' input (the chair row shrunk
      // to 53 px counted 5 of 6 on the whole frame, 4 when followed). A small person found only
      // now and then (the superman at 35 %: a quarter of the frames) is missed more often than
      // found: one found frame takes back a quarter of a miss, so a miss rate above a fifth adds
      // up to the search, and a person found on 99 % of frames never gets there.
      this.misses = small ? Math.max(0, this.misses - 0.25) : 0;
      return;
    }
    this.misses = 0;
    if (this.state === 'search') {
      // Found in this crop: follow from it, so the tracker's next frame shows them where it last
      // did. A large person (back in view, or turned to the camera again) goes straight to the
      // whole frame, which finds them itself, rather than being cut by a crop while it grows.
      this.state = this.target.size >= this.tuning.wholeAbove ? 'whole' : 'follow';
    }
  }

  private followStep(): CropWindow {
    const next = stepToward(this.window, this.target, this.tuning);
    if (next.size >= this.tuning.wholeAbove && this.target.size >= this.tuning.wholeAbove) {
      this.state = 'whole';
      return WHOLE_FRAME;
    }
    return next;
  }

  private startSearch(): void {
    this.state = 'search';
    this.searchIndex = 0;
    this.window = WHOLE_FRAME;
  }

  private updateGain(brightness: number | null): void {
    if (brightness === null || brightness >= this.tuning.lightAbove) {
      this.gain = 1;
      return;
    }
    // Lifted in a very dark picture, and in a dim one once nobody has been found for a while; kept
    // while the picture stays dark (the tracked person's look does not change under the tracker),
    // and re-fitted to the light.
    const wanted =
      this.gain > 1 ||
      brightness < this.tuning.liftBelow ||
      (brightness < this.tuning.darkBelow && this.misses >= this.tuning.searchAfter);
    if (wanted) this.gain = clamp(this.tuning.targetLuma / Math.max(brightness, 1e-3), 1, this.tuning.maxGain);
  }
}
