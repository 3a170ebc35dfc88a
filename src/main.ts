import './ui/elements/fc-app';
import { registerServiceWorker } from './ui/pwa/register';

// After the page has loaded: the worker's precache download never competes with the first pose.
if (document.readyState === 'complete') registerServiceWorker();
else window.addEventListener('load', registerServiceWorker, { once: true });
