/**
 * A stand-in for the app root in element tests: provides a fake detector service (the one the
 * elements would get from `fc-app`), which records the models asked for and loads none.
 */
import { ContextProvider } from '@lit/context';
import { ReactiveElement } from 'lit';
import type { ModelVariant } from '../../src/detection/detector-api';
import type { DetectorClient } from '../../src/detection/detector-client';
import { detectorContext, type DetectorService, type DetectorStatus } from '../../src/ui/detector/detector-service';

export class FakeDetectorService implements DetectorService {
  status: DetectorStatus = { state: 'idle' };
  notice = '';
  readonly loads: ModelVariant[] = [];
  claims = 0;

  load(model: ModelVariant): Promise<DetectorClient | null> {
    this.loads.push(model);
    return Promise.resolve(null); // no model here: these tests are about the page around it
  }

  claim(): void {
    this.claims++;
  }

  fail(): void {}

  subscribe(): () => void {
    return () => undefined;
  }
}

export class TestRoot extends ReactiveElement {
  readonly detector = new FakeDetectorService();

  constructor() {
    super();
    new ContextProvider(this, { context: detectorContext, initialValue: this.detector });
  }
}
customElements.define('fc-test-root', TestRoot);
