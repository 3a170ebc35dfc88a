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
          // Enough for a sharp picture; the worker gets a downscaled copy.
          width: { ideal: 1280 },
          height: { ideal: 720 },
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

/** Undefined on insecure (non-https, non-localhost) pages, whatever the DOM typings say. */
function mediaDevices(): MediaDevices | undefined {
  return (navigator as { mediaDevices?: MediaDevices }).mediaDevices;
}
