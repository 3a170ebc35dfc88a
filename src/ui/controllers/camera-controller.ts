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

  /** Starts the camera (a given one, or the last used); null with `problem` set when it can't. */
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
      const stream = await devices.getUserMedia({
        audio: false,
        video: {
          ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' }),
          // Enough for a sharp picture; the worker's model scales it down.
          width: { ideal: this.width },
          height: { ideal: Math.round((this.width * 9) / 16) },
        },
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
      await this.refreshDevices();
      return stream;
    } catch (error) {
      this.problem = cameraProblem(error);
      return null;
    } finally {
      this.host.requestUpdate();
    }
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

/** Undefined on insecure (non-https, non-localhost) pages, whatever the DOM typings say. */
function mediaDevices(): MediaDevices | undefined {
  return (navigator as { mediaDevices?: MediaDevices }).mediaDevices;
}
