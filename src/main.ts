import { startLocale } from './i18n/locale';
import { pageSettings } from './ui/settings/settings-store';
import { registerServiceWorker } from './ui/pwa/register';

// The language is set before the app's modules run, so every text they hold (cards, cues) is in it.
await startLocale(pageSettings().current.language, navigator.languages);
await import('./ui/elements/fc-app');

// After the page has loaded: the worker's precache download never competes with the first pose.
if (document.readyState === 'complete') registerServiceWorker();
else window.addEventListener('load', registerServiceWorker, { once: true });
