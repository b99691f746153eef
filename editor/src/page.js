// What the server's page gives the editor: the CSRF header and the message line.

export function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header && token.content && header.content ? { [header.content]: token.content } : {};
}

// #editor-message is role=alert, so whatever is put there is read out once.
export function messenger(element) {
  let from = null;
  return {
    say(text, source = 'editor') {
      if (element) {
        element.textContent = text;
      }
      from = text ? source : null;
    },
    // Clears only a message of that source, so an autosave does not wipe an upload error.
    clear(source) {
      if (from === source) {
        this.say('');
      }
    },
  };
}

// A problem+json body's Korean detail, or a plain sentence with the status.
export async function problemDetail(response, fallback) {
  try {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      const body = await response.json();
      if (body && typeof body.detail === 'string' && body.detail.trim()) {
        return body.detail;
      }
    }
  } catch (e) {
    // not JSON after all: use the fallback
  }
  return `${fallback} (HTTP ${response.status})`;
}
