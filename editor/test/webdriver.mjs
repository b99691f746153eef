// A few W3C WebDriver calls over HTTP to Debian's chromedriver; no client library needed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const KEY = { ctrl: '\uE009', shift: '\uE008', enter: '\uE007', backspace: '\uE003', home: '\uE011' };

function freePort() {
  return new Promise(resolve => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function launch({ chromium = '/usr/bin/chromium', chromedriver = '/usr/bin/chromedriver', width = 1200, height = 900 } = {}) {
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sinmun-editor-chromium-'));
  // Seoul time, as in the newsroom: the autosave line shows savedAt's local HH:MM.
  const driver = spawn(chromedriver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, TZ: 'Asia/Seoul' } });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch (e) {
      if (i > 100) throw new Error('chromedriver did not start');
      await sleep(100);
    }
  }
  const created = await call(base, 'POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'chrome',
        unhandledPromptBehavior: 'ignore',
        'goog:loggingPrefs': { browser: 'ALL' },
        'goog:chromeOptions': {
          binary: chromium,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
            '--hide-scrollbars', '--lang=ko-KR', `--window-size=${width},${height}`, `--user-data-dir=${profile}`],
        },
      },
    },
  });
  const session = `/session/${created.sessionId}`;
  const s = (method, p, body) => call(base, method, session + p, body);
  const browser = {
    go: url => s('POST', '/url', { url }),
    run: (script, ...args) => s('POST', '/execute/sync', { script, args }),
    runAsync: (script, ...args) => s('POST', '/execute/async', { script, args }),
    find: async css => {
      const found = await s('POST', '/element', { using: 'css selector', value: css });
      return Object.values(found)[0];
    },
    click: async css => s('POST', `/element/${await browser.find(css)}/click`, {}),
    type: async (css, text) => s('POST', `/element/${await browser.find(css)}/value`, { text }),
    // Keys to whatever has focus, as a user types them.
    keys: async text => {
      const actions = [];
      for (const ch of text) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
      return s('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    chord: async (...keys) => {
      const actions = [...keys.map(value => ({ type: 'keyDown', value })), ...keys.reverse().map(value => ({ type: 'keyUp', value }))];
      await s('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      return s('DELETE', '/actions');
    },
    alertText: async () => {
      try {
        return await s('GET', '/alert/text');
      } catch (e) {
        return null;
      }
    },
    answerPrompt: async text => {
      await s('POST', '/alert/text', { text });
      return s('POST', '/alert/accept', {});
    },
    dismissAlert: () => s('POST', '/alert/dismiss', {}),
    resize: (w, h) => s('POST', '/window/rect', { width: w, height: h }),
    screenshot: async () => Buffer.from(await s('GET', '/screenshot'), 'base64'),
    log: async () => {
      try {
        return await s('POST', '/se/log', { type: 'browser' });
      } catch (e) {
        return s('POST', '/log', { type: 'browser' });
      }
    },
    quit: async () => {
      try {
        await s('DELETE', '');
      } finally {
        driver.kill();
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
  return browser;
}

async function call(base, method, p, body) {
  const response = await fetch(base + p, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok || (json.value && json.value.error)) {
    const error = new Error(`${method} ${p}: ${json.value && (json.value.error + ': ' + json.value.message)}`);
    error.webdriver = json.value;
    throw error;
  }
  return json.value;
}

export function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
