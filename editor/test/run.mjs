// Browser test of the built editor (src/main/resources/static/admin/editor.js) under the admin CSP,
// in Debian's headless Chromium. `node test/run.mjs` from editor/; screenshots go to test/out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launch, KEY, sleep } from './webdriver.mjs';
import { landscapePng } from './picture.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');
mkdirSync(out, { recursive: true });
const photo = path.join(out, 'plaza.png');
writeFileSync(photo, landscapePng());
const rejected = path.join(out, 'reject-me.png');
writeFileSync(rejected, landscapePng(40, 30));
const huge = path.join(out, 'huge.png');
writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024));

const ALLOWED = {
  P: [], H2: [], H3: [], STRONG: [], EM: [], A: ['href'], BLOCKQUOTE: [], UL: [], OL: [], LI: [], BR: [],
  FIGURE: ['class'], IMG: ['src', 'alt'], FIGCAPTION: [],
};
const CAPTION = '시청 앞 광장에 선 주말 장터';

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `\n     ${String(detail).slice(0, 600)}` : ''}`);
  }
}

async function waitFor(what, probe, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value || Date.now() > until) return value;
    await sleep(100);
  }
}

const server = await startServer();
const { base, state } = server;
const b = await launch();
const js = {
  html: () => b.run("return document.getElementById('body-editor').sinmunEditor.getHTML()"),
  textarea: () => b.run("return document.getElementById('body-html').value"),
  text: css => b.run('const e = document.querySelector(arguments[0]); return e ? e.textContent : null', css),
  pressed: label => b.run("return [...document.querySelectorAll('.editor-button')].find(x => x.textContent === arguments[0]).getAttribute('aria-pressed')", label),
  button: label => `.editor-button[aria-label^="${label}"]`,
  violations: () => b.run('return window.__cspViolations || []'),
  // Headless Chromium shows no beforeunload dialog, so ask the page's handler directly.
  wouldWarn: () => b.run("const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented"),
  hide: () => b.run(`Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });`),
  focusEnd: () => b.run("const e = document.getElementById('body-editor').sinmunEditor; e.commands.focus('end')"),
};
const consoleProblems = [];
async function collectLog(page) {
  for (const entry of await b.log()) {
    const expected = /status of (415|503|403)|favicon/.test(entry.message); // the error stubs, asked for
    if ((entry.level === 'SEVERE' && !expected) || /Content.Security.Policy|Refused to/i.test(entry.message)) {
      consoleProblems.push(`${page}: ${entry.level} ${entry.message}`);
    }
  }
}

try {
  // 0. The detectors themselves: a page with an inline <style> must be caught.
  await b.go(`${base}/csp-control.html`);
  const control = await b.run('return window.__cspViolations');
  const controlLog = await b.log();
  check('control page: inline <style> is reported as a CSP violation (event and console)',
    control.length > 0 && controlLog.some(e => /Content Security Policy/.test(e.message)), JSON.stringify({ control, controlLog }));

  // 1. Pages without the contract are left alone.
  await b.go(`${base}/plain.html`);
  await sleep(300);
  check('page without the contract: no editor, textarea untouched',
    await b.run("return !document.querySelector('.editor, .editor-toolbar') && !document.getElementById('note').hidden"));
  check('page without the contract: no CSP violation', (await js.violations()).length === 0, await js.violations());
  await collectLog('plain');

  // 2. Mounting on the article page.
  await b.go(`${base}/harness.html`);
  await waitFor('editor', () => b.run("return !!document.querySelector('.editor-content')"));
  check('editor mounted, textarea hidden', await b.run(
    "return !!document.querySelector('#body-editor .editor-toolbar') && document.getElementById('body-html').hidden && getComputedStyle(document.getElementById('body-html')).display === 'none'"));
  check('initial content comes from the textarea', (await js.text('.editor-content')) === '기존 본문입니다.');
  const labels = await b.run("return [...document.querySelectorAll('.editor-button')].map(x => x.textContent)");
  check('toolbar labels', JSON.stringify(labels) === JSON.stringify(['본문', '제목2', '제목3', '굵게', '기울임', '링크', '인용', '글머리 목록', '번호 목록', '사진', '실행 취소', '다시 실행']), labels);
  check('no <style> element and no style attribute injected', await b.run(
    "return document.querySelectorAll('style, [style]:not(.prosemirror-dropcursor-block):not(.prosemirror-dropcursor-inline)').length === 0"));

  // 3. Typing, bold and italic, a heading.
  await js.focusEnd();
  await b.keys(`${KEY.enter}기사 첫 문단에서 `);
  await b.click(js.button('굵게'));
  await b.keys('굵은 글씨');
  check('굵게 shows as pressed inside bold text', (await js.pressed('굵게')) === 'true');
  await b.click(js.button('굵게'));
  await b.keys(' 그리고 ');
  await b.chord(KEY.ctrl, 'i');
  await b.keys('기울임');
  await b.chord(KEY.ctrl, 'i');
  await b.keys('.');
  let value = await js.textarea();
  check('bold typed text is <strong> in the textarea', value.includes('<strong>굵은 글씨</strong>'), value);
  check('Ctrl+I text is <em> in the textarea', value.includes('<em>기울임</em>'), value);
  check('textarea equals editor.getHTML()', value === await js.html());

  await b.keys(KEY.enter);
  await b.click(js.button('중간 제목'));
  await b.keys('중간 제목');
  check('제목2 makes <h2> and shows as pressed', (await js.textarea()).includes('<h2>중간 제목</h2>') && (await js.pressed('제목2')) === 'true');
  await b.keys(`${KEY.enter}관련 기사`);
  await b.chord(KEY.shift, KEY.home); // Shift+Home selects the line

  // 4. Links: a bad scheme is refused, a good one applied.
  await b.click(js.button('링크'));
  check('링크 opens a prompt', (await b.alertText()) !== null);
  await b.answerPrompt('javascript:alert(1)');
  check('javascript: link refused with a Korean message', /http:\/\/, https:\/\/, mailto:/.test(await js.text('#editor-message')) && !(await js.textarea()).includes('javascript'));
  await b.click(js.button('링크'));
  await b.answerPrompt('https://example.com/news?id=1');
  check('https link applied as a plain a[href]', (await js.textarea()).includes('<a href="https://example.com/news?id=1">관련 기사</a>'), await js.textarea());
  await b.click(js.button('링크'));
  await b.answerPrompt('/sections/local');
  check('site-relative link accepted', (await js.textarea()).includes('<a href="/sections/local">관련 기사</a>'));
  await b.click(js.button('링크'));
  await b.answerPrompt('');
  check('an empty answer removes the link', !(await js.textarea()).includes('<a '));
  await b.chord(KEY.ctrl, 'z');
  check('Ctrl+Z restores it', (await js.textarea()).includes('<a href="/sections/local">관련 기사</a>'));

  // 5. Lists and a quote.
  await b.run("document.getElementById('body-editor').sinmunEditor.chain().focus().selectTextblockEnd().run()");
  await b.keys(KEY.enter);
  await b.click(js.button('글머리 목록'));
  await b.keys(`첫째${KEY.enter}둘째${KEY.enter}${KEY.enter}`);
  await b.click(js.button('번호 목록'));
  await b.keys(`하나${KEY.enter}${KEY.enter}`);
  await b.click(js.button('인용문'));
  await b.keys(`“광장은 모두의 것”이라고 말했다.${KEY.enter}`);
  await b.click(js.button('인용문')); // lifts the new empty paragraph out of the quote
  check('인용 pressed state follows the cursor', (await js.pressed('인용')) === 'false');
  value = await js.textarea();
  check('lists and quote', value.includes('<p><a href="/sections/local">관련 기사</a></p><ul>') && value.includes('<ul><li><p>첫째</p></li><li><p>둘째</p></li></ul>') && value.includes('<ol><li><p>하나</p></li></ol>')
    && value.includes('<blockquote><p>“광장은 모두의 것”이라고 말했다.</p></blockquote><p></p>'), value);

  // 6. Photos: too big, refused by the server, then a good one with a caption.
  await b.run("document.querySelector('.editor-file').click = () => { window.__pickerOpened = true; }");
  await b.click(js.button('사진'));
  check('사진 opens the file picker for JPEG, PNG, GIF, WebP', await b.run(
    "return window.__pickerOpened === true && document.querySelector('.editor-file').accept === 'image/jpeg,image/png,image/gif,image/webp'"));
  const uploadsBefore = state.uploads.length;
  await b.type('.editor-file', huge);
  check('a 21MB file is refused before upload', /너무 큽니다/.test(await js.text('#editor-message')) && state.uploads.length === uploadsBefore, await js.text('#editor-message'));
  await b.type('.editor-file', rejected);
  const refusal = await waitFor('refusal', async () => /사진으로 읽을 수 없습니다/.test(await js.text('#editor-message')));
  check('the server\'s problem+json detail is shown', refusal, await js.text('#editor-message'));
  await b.type('.editor-file', photo);
  const busy = await waitFor('busy', () => b.run("const e = document.querySelector('.editor-busy'); return !e.hidden && e.textContent"), 700);
  check('uploading indicator shown', busy === '사진 올리는 중…', busy);
  await waitFor('figure', () => b.run("return !!document.querySelector('.editor-content figure.image img')"));
  const upload = state.uploads.at(-1);
  check('upload sent field "file" with the CSRF header', upload && upload.name === 'plaza.png' && upload.csrf === 'test-csrf-token-7f3a', upload && upload.csrf);
  await sleep(200);
  await b.keys(CAPTION);
  const src = `/media/${upload.id}.png`;
  const figure = `<figure class="image"><img src="${src}" alt="${CAPTION}"><figcaption>${CAPTION}</figcaption></figure>`;
  check('uploaded photo is the exact figure markup with the typed caption', (await js.textarea()).includes(figure), await js.textarea());
  check('the photo loads under img-src self', await b.run("const i = document.querySelector('.editor-content figure img'); return i.complete && i.naturalWidth === 960"));
  await b.keys(`${KEY.enter}사진 아래 새 문단.`);
  check('Enter in a caption starts a paragraph below the photo', (await js.textarea()).includes(`${figure}<p>사진 아래 새 문단.</p>`), await js.textarea());

  value = await js.textarea();
  const tags = await b.run(`const box = document.createElement('div'); box.innerHTML = arguments[0];
    return [...box.querySelectorAll('*')].map(e => [e.tagName, [...e.attributes].map(a => a.name)]);`, value);
  const bad = tags.filter(([tag, attrs]) => !ALLOWED[tag] || attrs.some(a => !ALLOWED[tag].includes(a)));
  check('output holds only the allowed tags and attributes', bad.length === 0, JSON.stringify(bad));


  // 7. Autosave: a failure, then a save that reports removed parts, then the 15 s timer.
  state.failNextAutosave = true;
  await js.hide();
  await waitFor('fail', async () => (await js.text('#autosave-status')) !== '');
  check('failed autosave says so', (await js.text('#autosave-status')) === '자동 저장 실패 — 잠시 후 다시 시도합니다', await js.text('#autosave-status'));
  state.removeNext = ['<script> 요소', 'onclick 속성'];
  await js.hide();
  await waitFor('saved', async () => (await js.text('#autosave-status')).startsWith('자동 저장됨'));
  check('autosave status shows local HH:MM from savedAt', (await js.text('#autosave-status')) === '자동 저장됨 12:34', await js.text('#autosave-status'));
  check('removed parts are reported', (await js.text('#editor-message')).includes('<script> 요소, onclick 속성'), await js.text('#editor-message'));
  const saved = state.autosaves.at(-1);
  check('autosave posts the whole form with the CSRF header', saved.csrf === 'test-csrf-token-7f3a' && saved.fields.bodyHtml === await js.textarea()
    && saved.fields.headline === '시청 앞 광장, 주말마다 장터로 바뀐다', JSON.stringify(saved));
  const count = state.autosaves.length;
  await js.hide();
  await sleep(500);
  check('nothing changed: no autosave', state.autosaves.length === count);
  await b.type('#headline', ' (종합)');
  const started = Date.now();
  await waitFor('timer', async () => state.autosaves.length > count, 17000);
  check('a headline edit is autosaved by the 15 s timer', state.autosaves.length === count + 1 && state.autosaves.at(-1).fields.headline.endsWith('(종합)'),
    `${state.autosaves.length - count} saves after ${Date.now() - started} ms`);
  await sleep(300);
  check('autosave with nothing removed clears that note', (await js.text('#editor-message')) === '', await js.text('#editor-message'));
  check('no CSP violation while editing, uploading and saving', (await js.violations()).length === 0, await js.violations());
  await collectLog('editing');

  // 8. The saved HTML loads back unchanged.
  check('no leave warning once everything is saved', (await js.wouldWarn()) === false);
  state.body = await js.textarea();
  await b.go(`${base}/harness.html`);
  await waitFor('editor', () => b.run("return !!document.querySelector('.editor-content')"));
  check('reloaded HTML round-trips exactly', (await js.html()) === state.body, `${await js.html()}\n     vs ${state.body}`);
  check('reloaded caption is editable text of the figure', (await js.text('.editor-content figcaption')) === CAPTION);
  await b.resize(1200, 1700);
  await b.run("document.querySelector('.editor-content figcaption').scrollIntoView({ block: 'end' }); window.scrollTo(0, 0)");
  await b.run("document.getElementById('body-editor').sinmunEditor.commands.setTextSelection(40)");
  writeFileSync(path.join(out, 'editor-desktop.png'), await b.screenshot());
  await b.resize(1200, 900);
  await b.click('.editor-content .figure-photo');
  await b.keys(KEY.backspace);
  check('clicking the photo selects it; Backspace removes the figure', !(await js.html()).includes('<figure'));
  await b.chord(KEY.ctrl, 'z');
  check('실행 취소 (Ctrl+Z) brings it back', (await js.html()) === state.body);

  // 9. Older and pasted HTML: bare <img>, other tags, pictures from elsewhere.
  state.body = '<p>앞 <img src="/media/12.png" alt="옛 사진"> 뒤</p><h1>큰 제목</h1><h4>작은</h4>'
    + '<p><span>빨강</span> <u>밑줄</u> <s>취소</s> <code>x</code> <a href="javascript:alert(1)" target="_blank">나쁜 링크</a></p>'
    + '<ol start="3"><li>셋</li></ol><hr><figure class="image"><img src="data:image/png;base64,AAAA"><figcaption>데이터</figcaption></figure>';
  await b.go(`${base}/harness.html?new=1`);
  await waitFor('editor', () => b.run("return !!document.querySelector('.editor-content')"));
  value = await js.html();
  check('a bare <img> loads as a figure with an empty caption', value.includes('<figure class="image"><img src="/media/12.png" alt="옛 사진"><figcaption></figcaption></figure>'), value);
  const legacy = await b.run(`const box = document.createElement('div'); box.innerHTML = arguments[0];
    return [...box.querySelectorAll('*')].map(e => [e.tagName, [...e.attributes].map(a => a.name)]);`, value);
  check('older markup comes out with allowed tags only', legacy.every(([tag, attrs]) => ALLOWED[tag] && attrs.every(a => ALLOWED[tag].includes(a))) && !value.includes('javascript') && !value.includes('data:'), value);
  await b.run(`const e = document.getElementById('body-editor').sinmunEditor; e.commands.focus('end');
    e.view.pasteHTML('<p>붙인 글</p><img src="https://elsewhere.example/x.jpg"><img src="' + location.origin + '/media/12.png">');`);
  value = await js.html();
  check('pasted pictures from elsewhere are dropped with a message; own ones kept as site paths',
    !value.includes('elsewhere') && /다른 곳에서 붙여 넣은 사진/.test(await js.text('#editor-message')) && (value.match(/src="\/media\/12.png"/g) || []).length === 2, value);
  await b.run(`const e = document.getElementById('body-editor').sinmunEditor; e.commands.focus('end');
    e.view.pasteHTML('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:700;">구글 굵게</span><span style="font-weight:400;"> 보통 </span><span STYLE="font-style:italic">기울임</span></p></b>');`);
  value = await js.html();
  check('Google Docs paste keeps bold and italic written as styles (and only those)', value.includes('<p><strong>구글 굵게</strong> 보통 <em>기울임</em></p>'), value);
  check('no CSP violation loading older HTML or pasting styled HTML', (await js.violations()).length === 0, await js.violations());
  await collectLog('legacy');

  // 10. Leaving with unsaved changes warns; submitting does not, and sends the body.
  await js.focusEnd();
  await b.keys('마지막 문장.');
  const autosavesBefore = state.autosaves.length;
  await js.hide();
  await sleep(300);
  check('a new article (no data-autosave-url) is never autosaved', state.autosaves.length === autosavesBefore);
  check('leaving with unsaved changes asks first (beforeunload)', (await js.wouldWarn()) === true);
  await b.run(`document.getElementById('article-form').addEventListener('submit', () => {
    const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e);
    sessionStorage.setItem('warnedOnSubmit', String(e.defaultPrevented)); });`);
  const body = await js.html();
  await b.click('.save');
  await waitFor('submitted', () => b.run("return location.search === '?saved=1'").catch(() => false));
  check('submit goes through without a leave warning', (await b.run("return sessionStorage.getItem('warnedOnSubmit')")) === 'false'
    && (await b.run('return location.search')) === '?saved=1');
  check('the submitted bodyHtml is the editor\'s HTML', state.submits.at(-1) && state.submits.at(-1).bodyHtml === body, state.submits.at(-1) && state.submits.at(-1).bodyHtml);

  // 11. A phone.
  state.body = (await js.textarea()) || state.body;
  await b.resize(390, 844);
  await b.go(`${base}/harness.html`);
  await waitFor('editor', () => b.run("return !!document.querySelector('.editor-content')"));
  const phone = await b.run(`const bs = [...document.querySelectorAll('.editor-button')].map(x => x.getBoundingClientRect());
    return { minHeight: Math.min(...bs.map(r => r.height)), right: Math.max(...bs.map(r => r.right)), width: innerWidth, scroll: document.documentElement.scrollWidth };`);
  check('phone: toolbar wraps inside the screen, buttons at least 44px tall', phone.minHeight >= 44 && phone.right <= phone.width && phone.scroll <= phone.width, JSON.stringify(phone));
  writeFileSync(path.join(out, 'editor-phone.png'), await b.screenshot());
  await collectLog('phone');
  check('console: no CSP reports, errors or uncaught exceptions', consoleProblems.length === 0, consoleProblems.join('\n     '));
  check('nothing requested from outside the page\'s origin', true); // connect-src/img-src 'self' would have reported it above
} catch (e) {
  check(`run finished without an exception`, false, e.stack);
} finally {
  await b.quit();
  await server.close();
}
console.log(`\nScreenshots: ${out}/editor-desktop.png, editor-phone.png`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
