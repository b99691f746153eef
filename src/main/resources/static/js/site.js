// Registers the service worker that keeps read pages available offline (docs/pwa.md).
// A file, not an inline script: the Content-Security-Policy allows scripts from this site only.
'use strict';

if ('serviceWorker' in navigator) {
    window.addEventListener('load', () => {
        navigator.serviceWorker.register('/sw.js').catch(() => {
            // the site works without it: pages just are not kept for offline reading
        });
    });
}
