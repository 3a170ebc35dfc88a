/**
 * How a recorded video is read: decoded straight through with WebCodecs (fast: the model sets the
 * pace), or seeked frame by frame through a video element (slow, but plays whatever the browser
 * plays). The choice is made once per file, before any frame is analysed, from what the browser
 * and the file allow; either way the same frames are analysed (see `frame-selection.ts`).
 */
import { msg, str } from '@lit/localize';

export type DecodePath =
  | { readonly kind: 'webcodecs' }
  | {
      readonly kind: 'seek';
      /** Why WebCodecs could not be used, finishing “this browser cannot decode the file directly: …”. */
      readonly reason: string;
    };

/** What was learnt about the browser and the file, in the order it is learnt. */
export interface DecodeAbilities {
  /** The browser has `VideoDecoder` (WebCodecs). */
  readonly videoDecoder: boolean;
  /** The demuxer read the container and found a video track (false: unknown or damaged container). */
  readonly videoTrack: boolean;
  /** The browser's decoder accepts the track's codec and configuration. */
  readonly codecSupported: boolean;
  /**
   * The track asks for a rotation when shown. The video element applies it and a decoded frame
   * does not, so the two paths would analyse different pictures: such files are seeked.
   */
  readonly rotated: boolean;
}

export function chooseDecodePath(abilities: DecodeAbilities): DecodePath {
  if (!abilities.videoDecoder) return { kind: 'seek', reason: msg('no WebCodecs VideoDecoder') };
  if (!abilities.videoTrack) return { kind: 'seek', reason: msg('its container could not be read') };
  if (!abilities.codecSupported) return { kind: 'seek', reason: msg('its codec is not supported by VideoDecoder') };
  if (abilities.rotated) return { kind: 'seek', reason: msg('it is a rotated video') };
  return { kind: 'webcodecs' };
}

/** The words the page shows for the path that ran. */
export function describeDecodePath(path: DecodePath): string {
  return path.kind === 'webcodecs'
    ? msg('Decoded with WebCodecs')
    : msg(str`Decoded by seeking (this browser cannot decode the file directly: ${path.reason})`);
}
