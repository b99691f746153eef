import { isImageSrc, ownImagePath } from './urls.js';

// Cleans HTML pasted from Google Docs, Word, 한글 or the web before the editor parses it.
//
// Styles: under style-src 'self' the browser refuses style attributes even in a parsed copy (and
// reports each one), so bold and italic written as styles would be lost, and Google Docs'
// <b style="font-weight:normal"> wrapper would make a whole paste bold. So style attributes are
// renamed before parsing and the two that matter become <strong> and <em>.
//
// Pictures: ones from other sites or data: URLs would not show here (img-src 'self') and would
// bloat the body, so they are dropped with a note to upload them; this site's own stay.
export function cleanPastedHtml(html, say) {
  const renamed = html.replace(/(<[a-z][^>]*?\s)style(\s*=)/gi, '$1data-paste-style$2');
  const doc = new DOMParser().parseFromString(renamed, 'text/html');

  for (const el of Array.from(doc.body.querySelectorAll('[data-paste-style]'))) {
    const style = parseStyle(el.getAttribute('data-paste-style'));
    el.removeAttribute('data-paste-style');
    const weight = style['font-weight'] || '';
    const number = Number(weight);
    if ((weight === 'normal' || (number > 0 && number < 600)) && (el.tagName === 'B' || el.tagName === 'STRONG')) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (weight.startsWith('bold') || number >= 600) {
      wrapChildren(el, 'strong');
    }
    if (style['font-style'] === 'italic' || style['font-style'] === 'oblique') {
      wrapChildren(el, 'em');
    }
  }

  let dropped = 0;
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const own = ownImagePath(img.getAttribute('src'));
    if (own && isImageSrc(own)) {
      img.setAttribute('src', own);
    } else {
      img.remove();
      dropped += 1;
    }
  }
  if (dropped > 0) {
    say('다른 곳에서 붙여 넣은 사진은 넣지 않았습니다. 사진 버튼으로 올려 주세요.');
  }
  return doc.body.innerHTML;
}

function parseStyle(text) {
  const style = {};
  for (const declaration of (text || '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) {
      style[declaration.slice(0, colon).trim().toLowerCase()] = declaration.slice(colon + 1).trim().toLowerCase();
    }
  }
  return style;
}

function wrapChildren(el, tag) {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.appendChild(wrapper);
}
