import { isAllowedHref } from './urls.js';

// Each button: Korean label, a longer title for the tooltip and screen readers, what it does,
// and when it shows as pressed. Buttons that would turn a photo into text are off inside captions.
const GROUPS = [
  ['문단', [
    { label: '본문', title: '본문 문단', block: true, run: c => c.setParagraph(), on: e => e.isActive('paragraph') },
    { label: '제목2', title: '중간 제목 (제목2)', block: true, run: c => c.toggleHeading({ level: 2 }), on: e => e.isActive('heading', { level: 2 }) },
    { label: '제목3', title: '작은 제목 (제목3)', block: true, run: c => c.toggleHeading({ level: 3 }), on: e => e.isActive('heading', { level: 3 }) },
  ]],
  ['글자', [
    { label: '굵게', title: '굵게 (Ctrl+B)', css: 'is-bold', block: true, run: c => c.toggleBold(), on: e => e.isActive('bold') },
    { label: '기울임', title: '기울임 (Ctrl+I)', css: 'is-italic', block: true, run: c => c.toggleItalic(), on: e => e.isActive('italic') },
    { label: '링크', title: '링크 넣기·고치기·지우기', block: true, click: 'link', on: e => e.isActive('link') },
  ]],
  ['묶음', [
    { label: '인용', title: '인용문', block: true, run: c => c.toggleBlockquote(), on: e => e.isActive('blockquote') },
    { label: '글머리 목록', title: '글머리 목록 (• 기호)', block: true, run: c => c.toggleBulletList(), on: e => e.isActive('bulletList') },
    { label: '번호 목록', title: '번호 목록 (1. 2. 3.)', block: true, run: c => c.toggleOrderedList(), on: e => e.isActive('orderedList') },
  ]],
  ['사진', [
    { label: '사진', title: '사진 올리기 (JPEG, PNG, GIF, WebP)', click: 'photo' },
  ]],
  ['되돌리기', [
    { label: '실행 취소', title: '실행 취소 (Ctrl+Z)', run: c => c.undo(), can: e => e.can().undo() },
    { label: '다시 실행', title: '다시 실행 (Ctrl+Shift+Z)', run: c => c.redo(), can: e => e.can().redo() },
  ]],
];

export function buildToolbar(editor, { onPhoto, say }) {
  const bar = document.createElement('div');
  bar.className = 'editor-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', '본문 서식');
  const buttons = [];
  const actions = { link: () => editLink(editor, say), photo: onPhoto };

  for (const [name, specs] of GROUPS) {
    const group = document.createElement('div');
    group.className = 'editor-group';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', name);
    for (const spec of specs) {
      const button = document.createElement('button');
      button.type = 'button'; // never submits the form
      button.className = `editor-button ${spec.css || ''}`.trim();
      button.textContent = spec.label;
      button.title = spec.title;
      button.setAttribute('aria-label', spec.title);
      if (spec.on) {
        button.setAttribute('aria-pressed', 'false');
      }
      // Keep the editor's selection when a button is pressed with the mouse.
      button.addEventListener('mousedown', event => event.preventDefault());
      button.addEventListener('click', () => {
        if (spec.run) {
          spec.run(editor.chain().focus()).run();
        } else {
          actions[spec.click]();
        }
      });
      group.appendChild(button);
      buttons.push({ button, spec });
    }
    bar.appendChild(group);
  }

  const refresh = () => {
    const inCaption = editor.isActive('figure');
    for (const { button, spec } of buttons) {
      if (spec.on) {
        button.setAttribute('aria-pressed', String(!inCaption && spec.on(editor)));
      }
      button.disabled = (spec.block && inCaption) || (spec.can ? !spec.can(editor) : false);
    }
  };
  editor.on('transaction', refresh);
  editor.on('focus', refresh);
  refresh();
  return { element: bar, button: label => buttons.find(b => b.spec.label === label).button, refresh };
}

function editLink(editor, say) {
  const current = editor.getAttributes('link').href || '';
  const answer = window.prompt('링크 주소를 넣으세요 (https://…, mailto:… 또는 /로 시작하는 이 사이트 주소).\n비우면 링크를 지웁니다.', current);
  if (answer === null) {
    editor.commands.focus();
    return;
  }
  const href = answer.trim();
  if (href === '') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  if (!isAllowedHref(href)) {
    say('링크는 http://, https://, mailto: 주소나 /로 시작하는 이 사이트 주소만 넣을 수 있습니다.');
    editor.commands.focus();
    return;
  }
  say('');
  if (editor.state.selection.empty && !editor.isActive('link')) {
    // Nothing selected: the address itself becomes the link text.
    editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
  } else {
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }
}
