// Which addresses the body may point at. The server's sanitizer is the real guard; these keep the
// editor from producing what it would strip, and tell the reporter why.

const SITE_PATH = /^\/(?![/\\])/; // "/news/1", not "//host" or "/\host", which browsers treat as another site

export function isAllowedHref(href) {
  if (typeof href !== 'string' || href !== href.trim() || /[\s\u0000-\u001f]/.test(href)) {
    return false;
  }
  if (SITE_PATH.test(href)) {
    return true;
  }
  if (!/^(https?:\/\/|mailto:)/i.test(href)) {
    return false;
  }
  try {
    const url = new URL(href);
    return url.protocol === 'mailto:' || url.hostname !== '';
  } catch (e) {
    return false;
  }
}

// Stored bodies may hold older absolute images, so those still load; data: and blob: never do.
export function isImageSrc(src) {
  return typeof src === 'string' && (SITE_PATH.test(src) || /^https?:\/\/[^/]/i.test(src));
}

// For pasted pictures only: this site's own, as a site path.
export function ownImagePath(src) {
  if (typeof src !== 'string') {
    return null;
  }
  if (SITE_PATH.test(src)) {
    return src;
  }
  try {
    const url = new URL(src, window.location.href);
    return url.origin === window.location.origin ? url.pathname + url.search : null;
  } catch (e) {
    return null;
  }
}
