import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelVariant } from '../../detection/detector-api';
import type { DetectorClient, DetectorClientHandlers } from '../../detection/detector-client';
import { detectorContext, type DetectorService, type DetectorStatus } from '../detector/detector-service';

export type { DetectorStatus };

/**
 * An element's handle on the page's one detector service (from the app root's context): loads
 * the model it needs, routes the results to this element while it runs a source, and re-renders
 * it as the detector's status changes. It never starts a worker of its own.
 */
export class DetectorController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof detectorContext, ReactiveControllerHost & HTMLElement>;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly handlers: DetectorClientHandlers,
  ) {
    this.consumer = new ContextConsumer(host, {
      context: detectorContext,
      callback: (service) => this.listen(service),
    });
    host.addController(this);
  }

  get status(): DetectorStatus {
    return this.consumer.value?.status ?? { state: 'idle' };
  }

  hostConnected(): void {
    const service = this.consumer.value;
    if (service) this.listen(service);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** The client for `model`, results routed to this element; null when loading failed (see status). */
  load(model: ModelVariant): Promise<DetectorClient | null> {
    const service = this.service();
    service.claim(this.handlers);
    return service.load(model);
  }

  fail(error: unknown): void {
    this.service().fail(error);
  }

  private service(): DetectorService {
    const service = this.consumer.value;
    // Only a page without its root element (a test that forgot the provider) gets here.
    if (!service) throw new Error('No detector service: this element must be inside fc-app');
    return service;
  }

  private listen(service: DetectorService): void {
    this.unsubscribe?.();
    this.unsubscribe = service.subscribe(() => this.host.requestUpdate());
  }
}
