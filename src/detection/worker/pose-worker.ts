/// <reference lib="webworker" />
/**
 * The pose worker entry: exposes the detector over Comlink. The only code that imports MediaPipe
 * lives beside this file.
 */
import { expose } from 'comlink';
import type { PoseDetectorApi } from '../detector-api';
import { FAULTS_NAME_SUFFIX, installFaults } from './faults';
import { MediaPipePoseDetector } from './mediapipe-detector';
import { sameOriginFetch } from './same-origin-fetch';

self.fetch = sameOriginFetch(self.fetch.bind(self), self.location.origin);

const detector = new MediaPipePoseDetector();
if (self.name.endsWith(FAULTS_NAME_SUFFIX)) installFaults(self, () => detector.canvases);
expose(detector satisfies PoseDetectorApi);
