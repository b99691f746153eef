// Sinmun's service worker: the site's shell and the pages a reader has read stay available
// offline. What is cached, the limits, and how to change them: docs/pwa.md.
'use strict';

// Bump VERSION when the shell or the caching rules change: on activation every cache of an
// older version is deleted, so readers never mix old and new files.
const VERSION = 'v1';
const SHELL = `sinmun-shell-${VERSION}`;
const LISTS = `sinmun-lists-${VERSION}`;
const ARTICLES = `sinmun-articles-${VERSION}`;
const ASSETS = `sinmun-assets-${VERSION}`;
const CURRENT = [SHELL, LISTS, ARTICLES, ASSETS];
const LIMITS = { [LISTS]: 10, [ARTICLES]: 30, [ASSETS]: 120 };

const OFFLINE = '/offline';
const SHELL_FILES = [OFFLINE, '/css/site.css', '/js/site.js', '/js/push.js', '/js/live.js', '/img/favicon.svg', '/img/photo.svg',
    '/icons/icon-192.png', '/icons/icon-512.png', '/manifest.webmanifest'];

// Never answered from or written to a cache: the newsroom, signing in, and the API.
const PRIVATE = /^\/(admin|login|logout|setup|api|actuator)(\/|$)/;
const ARTICLE = /^\/articles\/\d+$/;
const LIST = /^\/($|sections\/[^/]+$)/;
const ASSET = /^\/(css|js|img|icons|media)\/|^\/manifest\.webmanifest$/;

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(SHELL)
        .then((cache) => cache.addAll(SHELL_FILES))
        .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names
            .filter((name) => name.startsWith('sinmun-') && !CURRENT.includes(name))
            .map((name) => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
    const request = event.request;
    // POSTs (logins, forms, API writes) and other methods go straight to the network
    if (request.method !== 'GET') {
        return;
    }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin || PRIVATE.test(url.pathname)) {
        return;
    }
    if (request.mode === 'navigate') {
        event.respondWith(page(event, url));
    } else if (url.pathname.startsWith('/media/')) {
        event.respondWith(cacheFirst(event, request));
    } else if (ASSET.test(url.pathname)) {
        event.respondWith(staleWhileRevalidate(event, request, url));
    }
});

// Network first, so readers see the latest; without a network, the copy from the last visit,
// else the offline page.
async function page(event, url) {
    const cacheName = ARTICLE.test(url.pathname) ? ARTICLES : LIST.test(url.pathname) ? LISTS : null;
    // an article is one page whichever list the reader came from (?section=, ?page=)
    const key = cacheName === ARTICLES ? url.origin + url.pathname : url.href;
    try {
        const response = await fetch(event.request);
        if (cacheName && response.ok && response.type === 'basic') {
            event.waitUntil(remember(cacheName, key, response.clone()));
        }
        return response;
    } catch (offline) {
        const cached = await caches.match(key, { ignoreVary: true })
            || await caches.match(event.request, { ignoreVary: true });
        return cached || await caches.match(OFFLINE) || Response.error();
    }
}

// Images under /media/ are named by their content hash and never change.
async function cacheFirst(event, request) {
    const cached = await caches.match(request);
    if (cached) {
        return cached;
    }
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
        event.waitUntil(remember(ASSETS, request, response.clone()));
    }
    return response;
}

// Pages link to fingerprinted files (/css/site-<md5>.css, docs/performance.md): the shell keeps
// them under their plain names, so the offline page finds its styles whatever the fingerprint.
const plainPath = (pathname) => pathname.replace(/-[0-9a-f]{32}(\.\w+)$/, '$1');

// Styles, scripts and icons: answer at once from the cache, and fetch a fresh copy for next time.
async function staleWhileRevalidate(event, request, url) {
    const cacheName = SHELL_FILES.includes(plainPath(url.pathname)) ? SHELL : ASSETS;
    const key = cacheName === SHELL ? url.origin + plainPath(url.pathname) : request;
    const cached = await caches.match(key, { cacheName });
    const fresh = fetch(request).then((response) => {
        if (response.ok && response.type === 'basic') {
            return remember(cacheName, key, response.clone()).then(() => response);
        }
        return response;
    });
    if (cached) {
        event.waitUntil(fresh.catch(() => undefined));
        return cached;
    }
    return fresh;
}

// Stores a response and drops the oldest entries over the cache's limit. A stored key that is
// put again moves to the end, so the oldest is the one read longest ago.
async function remember(cacheName, key, response) {
    const cache = await caches.open(cacheName);
    await cache.delete(key, { ignoreVary: true });
    await cache.put(key, response);
    const limit = LIMITS[cacheName];
    if (limit) {
        const keys = await cache.keys();
        await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((old) => cache.delete(old)));
    }
}

// Web Push (docs/push.md): the server sends JSON with title, body, url, icon, image and a tag per
// article, so a message that arrives twice replaces the first notification instead of adding one.
self.addEventListener('push', (event) => {
    let data = {};
    try {
        data = event.data ? event.data.json() : {};
    } catch (notJson) {
        data = { title: event.data ? event.data.text() : '' };
    }
    const options = {
        body: data.body || '',
        icon: data.icon || '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        tag: data.tag,
        data: { url: data.url || '/' },
    };
    if (data.image) {
        options.image = data.image;
    }
    if (data.timestamp) {
        options.timestamp = data.timestamp;
    }
    event.waitUntil(self.registration.showNotification(data.title || '새 소식', options));
});

self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    // only ever open a page of this site, whatever the message says
    const given = new URL((event.notification.data && event.notification.data.url) || '/', self.location.origin);
    const target = new URL(given.pathname + given.search, self.location.origin).href;
    event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
        const open = windows.find((client) => client.url === target && 'focus' in client);
        return open ? open.focus() : self.clients.openWindow(target);
    }));
});
