// Sinmun's article body editor. Finds the page's #article-form / #body-html / #body-editor, hides
// the textarea and edits its HTML with TipTap; the textarea keeps the HTML, so the form posts as
// before. Pages without those elements are left alone. Built by ../build.sh into static/admin.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import { Figure } from './figure.js';
import { IMAGE_TYPES, pastedImage, uploadImage } from './upload.js';
import { buildToolbar } from './toolbar.js';
import { watchForm } from './autosave.js';
import { messenger } from './page.js';
import { cleanPastedHtml } from './paste.js';
import { isAllowedHref } from './urls.js';

// Output is only a[href]: no target/rel/class/title (the server adds rel itself).
const SafeLink = Link.extend({
  renderHTML({ HTMLAttributes }) {
    return ['a', isAllowedHref(HTMLAttributes.href) ? { href: HTMLAttributes.href } : {}, 0];
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  isAllowedUri: url => isAllowedHref(url),
});

// Plain <ol>: no start/type attributes in the body.
const PlainOrderedList = OrderedList.extend({
  renderHTML() {
    return ['ol', 0];
  },
});

function mount() {
  const form = document.getElementById('article-form');
  const textarea = document.getElementById('body-html');
  const host = document.getElementById('body-editor');
  if (!form || !textarea || !host || host.dataset.editorMounted) {
    return;
  }
  host.dataset.editorMounted = 'true';
  const messages = messenger(document.getElementById('editor-message'));
  const status = document.getElementById('autosave-status') || document.createElement('p');
  const uploadUrl = host.dataset.uploadUrl;
  const maxBytes = Number(host.dataset.maxBytes) || 0;

  const surface = document.createElement('div');
  surface.className = 'editor-surface';
  const label = textarea.id && document.querySelector(`label[for="${textarea.id}"]`);
  if (label && !label.id) {
    label.id = `${textarea.id}-label`;
  }

  const editor = new Editor({
    element: surface,
    injectCSS: false, // CSP style-src 'self': the same rules are in admin/editor.css
    content: textarea.value,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        orderedList: false,
        link: false,
      }),
      PlainOrderedList,
      SafeLink,
      Figure,
      Placeholder.configure({ placeholder: '기사 본문을 입력하세요' }),
    ],
    editorProps: {
      attributes: {
        class: 'editor-content',
        role: 'textbox',
        'aria-multiline': 'true',
        lang: 'ko',
        ...(label ? { 'aria-labelledby': label.id } : { 'aria-label': '기사 본문' }),
      },
      transformPastedHTML: html => cleanPastedHtml(html, text => messages.say(text)),
      handlePaste: (view, event) => takeImage(pastedImage(event.clipboardData), event),
      handleDrop: (view, event, slice, moved) => !moved && takeImage(pastedImage(event.dataTransfer), event),
    },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? '' : e.getHTML();
    },
  });

  // The textarea goes on carrying the body; hidden, it must not block submitting as "required".
  textarea.hidden = true;
  textarea.required = false;
  if (label) {
    label.addEventListener('click', () => editor.commands.focus());
  }

  const picker = document.createElement('input');
  picker.type = 'file'; // no name: never part of the form's data
  picker.accept = IMAGE_TYPES.join(',');
  picker.className = 'editor-file';
  picker.tabIndex = -1;
  picker.setAttribute('aria-hidden', 'true');

  const busy = document.createElement('span');
  busy.className = 'editor-busy';
  busy.setAttribute('role', 'status');
  busy.hidden = true;

  let uploading = false;
  const toolbar = buildToolbar(editor, {
    onPhoto: () => {
      if (!uploadUrl) {
        messages.say('이 화면에서는 사진을 올릴 수 없습니다.');
        return;
      }
      if (uploading) {
        messages.say('사진을 올리는 중입니다. 끝난 뒤 다시 눌러 주세요.');
        return;
      }
      picker.value = '';
      picker.click();
    },
    say: text => messages.say(text),
  });
  const photoButton = toolbar.button('사진');
  photoButton.parentNode.after(busy);

  async function upload(file) {
    if (uploading || !uploadUrl) {
      return;
    }
    uploading = true;
    busy.hidden = false;
    busy.textContent = '사진 올리는 중…';
    photoButton.setAttribute('aria-busy', 'true');
    photoButton.classList.add('is-busy');
    host.classList.add('is-uploading');
    try {
      const url = await uploadImage(file, uploadUrl, maxBytes);
      messages.say('');
      editor.chain().focus().insertFigure(url).run();
    } catch (e) {
      messages.say(e.message);
    } finally {
      uploading = false;
      busy.hidden = true;
      busy.textContent = '';
      photoButton.removeAttribute('aria-busy');
      photoButton.classList.remove('is-busy');
      host.classList.remove('is-uploading');
    }
  }
  picker.addEventListener('change', () => {
    if (picker.files && picker.files[0]) {
      upload(picker.files[0]);
    }
  });
  function takeImage(file, event) {
    if (!file || !uploadUrl) {
      return false;
    }
    event.preventDefault();
    upload(file);
    return true;
  }

  host.replaceChildren(toolbar.element, surface, picker);
  host.classList.add('editor');
  host.sinmunEditor = editor; // for page scripts and the browser test
  watchForm({ form, editor, url: form.dataset.autosaveUrl, status, messages });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mount);
} else {
  mount();
}
