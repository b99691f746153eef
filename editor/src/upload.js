import { csrfHeaders, problemDetail } from './page.js';
import { isImageSrc } from './urls.js';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

// Sends one picture to the media endpoint; resolves to its URL, or rejects with a Korean sentence.
export async function uploadImage(file, uploadUrl, maxBytes) {
  if (!IMAGE_TYPES.includes(file.type)) {
    throw new Error('JPEG, PNG, GIF, WebP 사진만 올릴 수 있습니다.');
  }
  if (maxBytes > 0 && file.size > maxBytes) {
    throw new Error(`사진이 너무 큽니다. ${megabytes(maxBytes)} 이하만 올릴 수 있습니다 (이 파일은 ${megabytes(file.size)}).`);
  }
  const body = new FormData();
  body.append('file', file);
  let response;
  try {
    response = await fetch(uploadUrl, { method: 'POST', body, headers: csrfHeaders(), credentials: 'same-origin' });
  } catch (e) {
    throw new Error('사진을 올리지 못했습니다. 인터넷 연결을 확인하고 다시 시도하세요.');
  }
  if (!response.ok) {
    throw new Error(await problemDetail(response, '사진을 올리지 못했습니다'));
  }
  let image;
  try {
    image = await response.json();
  } catch (e) {
    image = null;
  }
  if (!image || !isImageSrc(image.url)) {
    throw new Error('사진을 올렸지만 서버의 답을 알아볼 수 없습니다. 다시 시도하세요.');
  }
  return image.url;
}

function megabytes(bytes) {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10}MB`;
}

// The first picture file in a paste or drop, if that is all it carries.
export function pastedImage(data) {
  if (!data || !data.files || data.files.length === 0) {
    return null;
  }
  const text = data.getData ? data.getData('text/plain') : '';
  if (text && text.trim()) {
    return null;
  }
  return Array.from(data.files).find(file => file.type.startsWith('image/')) || null;
}
