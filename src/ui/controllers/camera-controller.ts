import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CAMERA_INSECURE, CAMERA_LOST, cameraProblem, type Problem } from '../problems';

export interface CameraDevice {
  readonly deviceId: string;
  readonly label: string;
}

/**
 * Owns the camera stream: asks for it, lists the cameras once permission is granted, notices a
 * camera that disappears, and always releases it (the camera light goes off when we stop).
 */
export class CameraController implements ReactiveController {
  stream: MediaStream | null = null;
  /** The picture width asked of the camera (made smaller when analysis cannot keep up). */
  width = DEFAULT_WIDTH;
  devices: readonly CameraDevice[] = [];
  deviceId = '';
  problem: Problem | null = null;
  private readonly onDeviceChange = () => void this.refreshDevices();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLost: (problem: Problem) => void,
    /** The track was muted (no picture arrives: a privacy switch, a closed lid) or unmuted. */
    private readonly onMuted: (muted: boolean) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    mediaDevices()?.addEventListener('devicechange', this.onDeviceChange);
  }

  hostDisconnected(): void {
    mediaDevices()?.removeEventListener('devicechange', this.onDeviceChange);
    this.stop();
  }

  /**
   * Starts the camera (a given one, or the last used); null with `problem` set when it can't. A
   * camera asked for by id that is no longer there (unplugged since) is no reason to fail while
   * another is plugged in: any camera is asked for instead.
   */
  async start(deviceId = this.deviceId): Promise<MediaStream | null> {
    this.stop();
    this.problem = null;
    const devices = mediaDevices();
    if (!devices) {
      this.problem = window.isSecureContext ? cameraProblem(new DOMException('', 'NotFoundError')) : CAMERA_INSECURE;
      this.host.requestUpdate();
      return null;
    }
    try {
      const stream = await this.open(devices, deviceId).catch((error: unknown) => {
        if (!deviceId || !isGone(error)) throw error;
        return this.open(devices, '');
      });
      this.stream = stream;
      const track = stream.getVideoTracks()[0];
      this.deviceId = track?.getSettings().deviceId ?? deviceId;
      track?.addEventListener('ended', () => {
        if (this.stream !== stream) return;
        this.stop();
        this.problem = CAMERA_LOST;
        this.onLost(CAMERA_LOST);
      });
      track?.addEventListener('mute', () => {
        if (this.stream === stream) this.onMuted(true);
      });
      track?.addEventListener('unmute', () => {
        if (this.stream === stream) this.onMuted(false);
      });
      await this.refreshDevices();
      return stream;
    } catch (error) {
      this.problem = cameraProblem(error);
      await this.refreshDevices(); // so that the problem can offer the cameras there are
      return null;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** The running camera's track says it has no picture (muted). */
  get muted(): boolean {
    return this.stream?.getVideoTracks()[0]?.muted ?? false;
  }

  private open(devices: MediaDevices, deviceId: string): Promise<MediaStream> {
    return devices.getUserMedia({
      audio: false,
      video: {
        ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' }),
        // Enough for a sharp picture; the worker's model scales it down.
        width: { ideal: this.width },
        height: { ideal: Math.round((this.width * 9) / 16) },
      },
    });
  }

  /** Asks the running camera for a picture this wide (16:9), and keeps asking for it. */
  async setWidth(width: number): Promise<void> {
    this.width = width;
    const track = this.stream?.getVideoTracks()[0];
    try {
      await track?.applyConstraints({ width: { ideal: width }, height: { ideal: Math.round((width * 9) / 16) } });
    } catch {
      // A camera that cannot go smaller keeps its picture: the analysis just stays as it is.
    }
  }

  stop(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.host.requestUpdate();
  }

  /** Labels are only readable once permission is granted, so the picker appears after that. */
  private async refreshDevices(): Promise<void> {
    try {
      const all = (await mediaDevices()?.enumerateDevices()) ?? [];
      this.devices = all
        .filter((device) => device.kind === 'videoinput' && device.deviceId)
        .map((device, index) => ({ deviceId: device.deviceId, label: device.label || `Camera ${index + 1}` }));
    } catch {
      this.devices = [];
    }
    this.host.requestUpdate();
  }
}

const DEFAULT_WIDTH = 1280;

/** The errors of a camera asked for by id that is not there (any more). */
function isGone(error: unknown): boolean {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError';
}

/** Undefined on insecure (non-https, non-localhost) pages, whatever the DOM typings say. */
function mediaDevices(): MediaDevices | undefined {
  return (navigator as { mediaDevices?: MediaDevices }).mediaDevices;
}
