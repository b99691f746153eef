import { csrfHeaders } from './page.js';

const EVERY_MS = 15000;
const KEEPALIVE_LIMIT = 60000; // browsers refuse keepalive bodies over 64 KiB

// Tracks unsaved changes to the whole form, warns before leaving with some, and, where the page
// gives an autosave URL, posts the form there every 15 s and when the page is hidden.
export function watchForm({ form, editor, url, status, messages }) {
  let version = 0;
  let savedVersion = 0;
  let saving = false;
  let submitting = false;

  const changed = () => { version += 1; };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  editor.on('update', changed);

  form.addEventListener('submit', event => {
    submitting = true;
    // Another handler may have cancelled the submit; then the page stays and autosave goes on.
    setTimeout(() => { if (event.defaultPrevented) submitting = false; }, 0);
  });

  window.addEventListener('beforeunload', event => {
    if (!submitting && version !== savedVersion) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  if (!url) {
    return;
  }

  async function save(leaving) {
    if (saving || submitting || version === savedVersion) {
      return;
    }
    saving = true;
    const at = version;
    const body = new FormData(form);
    try {
      const response = await fetch(url, {
        method: 'POST', body, headers: csrfHeaders(), credentials: 'same-origin',
        keepalive: leaving && sizeOf(body) < KEEPALIVE_LIMIT,
      });
      if (response.status === 409 || response.status === 422) {
        // another editor saved first, or the article left the draft stage: say so, stop retrying blindly
        const problem = await response.json().catch(() => ({}));
        status.textContent = '자동 저장 안 됨';
        messages.say(typeof problem.detail === 'string' ? problem.detail : '자동 저장을 할 수 없습니다.', 'autosave');
        savedVersion = at;
        return;
      }
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      const result = await response.json();
      savedVersion = Math.max(savedVersion, at);
      // the server's row version moved on: the next save (manual or auto) must carry it
      if (Number.isInteger(result.version) && form.elements.version) {
        form.elements.version.value = String(result.version);
      }
      status.textContent = `자동 저장됨 ${clock(result.savedAt)}`.trim();
      const removed = Array.isArray(result.removed) ? result.removed.filter(item => typeof item === 'string') : [];
      if (removed.length > 0) {
        messages.say(`안전을 위해 다음 내용은 빼고 저장했습니다: ${removed.join(', ')}`, 'autosave');
      } else {
        messages.clear('autosave');
      }
    } catch (e) {
      // A redirect to the login page lands here too (not JSON); the next tick tries again.
      status.textContent = '자동 저장 실패 — 잠시 후 다시 시도합니다';
    } finally {
      saving = false;
    }
  }

  setInterval(() => save(false), EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      save(true);
    }
  });
}

// HH:MM in the browser's time zone (Seoul in the newsroom); the string's own time if unparsable.
function clock(savedAt) {
  const date = new Date(savedAt);
  if (!Number.isNaN(date.getTime())) {
    return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }
  const match = /T(\d\d):(\d\d)/.exec(String(savedAt || ''));
  return match ? `${match[1]}:${match[2]}` : '';
}

function pad(n) {
  return String(n).padStart(2, '0');
}

function sizeOf(formData) {
  let bytes = 0;
  for (const [, value] of formData) {
    bytes += typeof value === 'string' ? value.length * 3 : value.size;
  }
  return bytes;
}
