// A stand-in for the Sinmun admin: serves the built editor under the production CSP, a page with
// the editor's page contract, and stubs of the media upload and autosave endpoints.
// `node test/server.mjs [port]` runs it alone (default 8088) for a look in a browser.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const admin = path.resolve(here, '../../src/main/resources/static/admin');

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
export const CSRF = { header: 'X-CSRF-TOKEN', token: 'test-csrf-token-7f3a' };

const FILES = {
  '/admin/editor.js': [path.join(admin, 'editor.js'), 'text/javascript; charset=utf-8'],
  '/admin/editor.css': [path.join(admin, 'editor.css'), 'text/css; charset=utf-8'],
  '/test/harness.css': [path.join(here, 'harness.css'), 'text/css; charset=utf-8'],
  '/test/probe.js': [path.join(here, 'probe.js'), 'text/javascript; charset=utf-8'],
};

export function startServer(port = 0) {
  const state = {
    body: '<p>기존 본문입니다.</p>',
    uploads: [], // {id, name, type, bytes, csrf}
    autosaves: [], // {fields, csrf}
    submits: [],
    failNextAutosave: false,
    removeNext: [],
    requests: [],
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    state.requests.push(`${req.method} ${url.pathname}`);
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('Cache-Control', 'no-store');
    try {
      if (req.method === 'GET' && FILES[url.pathname]) {
        const [file, type] = FILES[url.pathname];
        return send(res, 200, type, await readFile(file));
      }
      if (req.method === 'GET' && url.pathname === '/harness.html') {
        return send(res, 200, 'text/html; charset=utf-8', page(state, url.searchParams));
      }
      if (req.method === 'GET' && url.pathname === '/plain.html') {
        return send(res, 200, 'text/html; charset=utf-8', plainPage());
      }
      if (req.method === 'GET' && url.pathname === '/csp-control.html') {
        return send(res, 200, 'text/html; charset=utf-8', controlPage());
      }
      const media = /^\/media\/(\d+)\.(\w+)$/.exec(url.pathname);
      if (req.method === 'GET' && media) {
        const upload = state.uploads.find(u => String(u.id) === media[1]);
        return upload ? send(res, 200, upload.type, upload.bytes) : problem(res, 404, '이미지를 찾을 수 없습니다.');
      }
      if (req.method === 'POST' && url.pathname === '/admin/media') {
        const csrf = req.headers[CSRF.header.toLowerCase()];
        const parts = multipart(req, await body(req));
        if (csrf !== CSRF.token) {
          return problem(res, 403, '보안 토큰이 맞지 않습니다. 새로 고친 뒤 다시 시도하세요.');
        }
        const file = parts.find(p => p.name === 'file' && p.filename);
        if (!file) {
          return problem(res, 400, '올린 파일이 없습니다.');
        }
        if (file.filename.includes('reject')) {
          return problem(res, 415, '이 파일은 사진으로 읽을 수 없습니다. JPEG, PNG, GIF, WebP만 올릴 수 있습니다.');
        }
        await new Promise(resolve => setTimeout(resolve, Number(url.searchParams.get('delay') || 800)));
        const id = state.uploads.length + 12;
        const ext = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' }[file.type] || 'bin';
        state.uploads.push({ id, name: file.filename, type: file.type, bytes: file.data, csrf });
        return send(res, 201, 'application/json', JSON.stringify({ id, url: `/media/${id}.${ext}`, width: 1200, height: 800 }));
      }
      if (req.method === 'POST' && url.pathname === '/admin/articles/42/autosave') {
        const csrf = req.headers[CSRF.header.toLowerCase()];
        const fields = Object.fromEntries(multipart(req, await body(req)).map(p => [p.name, p.data.toString('utf8')]));
        state.autosaves.push({ fields, csrf, at: Date.now() });
        if (csrf !== CSRF.token) {
          return problem(res, 403, '보안 토큰이 맞지 않습니다.');
        }
        if (state.failNextAutosave) {
          state.failNextAutosave = false;
          return problem(res, 503, '잠시 저장할 수 없습니다.');
        }
        const removed = state.removeNext;
        state.removeNext = [];
        return send(res, 200, 'application/json', JSON.stringify({ savedAt: '2026-11-25T12:34:56+09:00', removed }));
      }
      if (req.method === 'POST' && url.pathname === '/admin/articles/42') {
        const fields = new URLSearchParams((await body(req)).toString('utf8'));
        state.submits.push(Object.fromEntries(fields));
        res.writeHead(303, { Location: '/harness.html?saved=1' });
        return res.end();
      }
      return problem(res, 404, '페이지를 찾을 수 없습니다.');
    } catch (e) {
      return problem(res, 500, String(e));
    }
  });

  return new Promise(resolve => {
    server.listen(port, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({ base, state, close: () => new Promise(done => server.close(done)) });
    });
  });
}

function page(state, params) {
  const autosave = params.has('new') ? '' : ' data-autosave-url="/admin/articles/42/autosave"';
  const saved = params.has('saved') ? '<p class="saved">저장했습니다.</p>' : '';
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="_csrf" content="${CSRF.token}"><meta name="_csrf_header" content="${CSRF.header}">
<title>기사 편집 — 신문 편집국</title>
<link rel="stylesheet" href="/test/harness.css">
<link rel="stylesheet" href="/admin/editor.css">
<script src="/test/probe.js"></script>
</head>
<body>
<header class="bar"><strong>한빛일보</strong> 편집국 <span>기사 편집</span></header>
<main>
${saved}
<form id="article-form" method="post" action="/admin/articles/42"${autosave}>
  <label for="headline">제목</label>
  <input id="headline" name="headline" value="시청 앞 광장, 주말마다 장터로 바뀐다">
  <label for="body-html">본문</label>
  <textarea id="body-html" name="bodyHtml" rows="12">${escape(state.body)}</textarea>
  <div id="body-editor" data-upload-url="/admin/media" data-max-bytes="20971520"></div>
  <p id="autosave-status" aria-live="polite"></p>
  <p id="editor-message" role="alert"></p>
  <button type="submit" class="save">저장</button>
</form>
</main>
<script src="/admin/editor.js" defer></script>
</body>
</html>`;
}

function plainPage() {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>목록</title>
<link rel="stylesheet" href="/test/harness.css"><script src="/test/probe.js"></script></head>
<body><main><h1>기사 목록</h1><form id="search"><textarea id="note">메모</textarea></form></main>
<script src="/admin/editor.js" defer></script></body></html>`;
}

// Breaks the CSP on purpose, to show the test's violation detectors work.
function controlPage() {
  return `<!doctype html><html><head><meta charset="utf-8"><script src="/test/probe.js"></script>
<style>body { color: red; }</style></head><body><p>control</p></body></html>`;
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function send(res, status, type, data) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(data);
}

function problem(res, status, detail) {
  send(res, status, 'application/problem+json; charset=utf-8',
    JSON.stringify({ type: 'about:blank', title: http.STATUS_CODES[status], status, detail }));
}

function body(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// Just enough multipart/form-data for the browser's own FormData bodies.
function multipart(req, data) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] || '');
  if (!match) {
    return [];
  }
  const boundary = Buffer.from(`--${match[1] || match[2]}`);
  const parts = [];
  let start = data.indexOf(boundary);
  while (start >= 0) {
    const next = data.indexOf(boundary, start + boundary.length);
    if (next < 0) {
      break;
    }
    const part = data.subarray(start + boundary.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    parts.push({
      name: (/name="([^"]*)"/.exec(head) || [])[1],
      filename: (/filename="([^"]*)"/.exec(head) || [])[1],
      type: (/Content-Type: *([^\r\n]+)/i.exec(head) || [])[1],
      data: part.subarray(split + 4),
    });
    start = next;
  }
  return parts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { base } = await startServer(Number(process.argv[2] || 8088));
  console.log(`Editor harness at ${base}/harness.html (Ctrl+C stops it)`);
}
