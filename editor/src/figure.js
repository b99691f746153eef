import { Node } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { isImageSrc } from './urls.js';

// A photo with its caption: <figure class="image"><img src alt><figcaption>…</figcaption></figure>.
// The caption is the node's own text, so it is edited inline like any paragraph.
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'text*',
  marks: '',
  defining: true,
  isolating: true, // Backspace and joins stop at the caption instead of swallowing the photo
  draggable: true,

  addAttributes() {
    return {
      src: { default: null, rendered: false },
      // Kept only when it differs from the caption; otherwise alt follows the caption as it is edited.
      alt: { default: null, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        contentElement: el => el.querySelector('figcaption') || el.ownerDocument.createElement('figcaption'),
        getAttrs: el => imageAttrs(el.querySelector('img'), textOf(el.querySelector('figcaption'))),
      },
      // A bare <img> from an older body becomes a photo with an empty caption.
      { tag: 'img[src]', getAttrs: el => imageAttrs(el, '') },
    ];
  },

  renderHTML({ node }) {
    const alt = node.attrs.alt == null ? node.textContent : node.attrs.alt;
    return ['figure', { class: 'image' }, ['img', { src: node.attrs.src, alt }], ['figcaption', 0]];
  },

  addNodeView() {
    return ({ node, editor, getPos }) => {
      const dom = document.createElement('figure');
      dom.className = 'image';
      const frame = document.createElement('div');
      frame.className = 'figure-photo';
      frame.contentEditable = 'false';
      const img = document.createElement('img');
      img.draggable = false;
      frame.appendChild(img);
      const caption = document.createElement('figcaption');
      caption.setAttribute('data-placeholder', '사진 설명을 입력하세요');
      dom.append(frame, caption);
      // A click on the photo selects the whole figure, so Delete or cut acts on it.
      frame.addEventListener('click', () => {
        const pos = getPos();
        if (typeof pos === 'number' && editor.isEditable) {
          editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)));
          editor.view.focus();
        }
      });
      const show = current => {
        if (img.getAttribute('src') !== current.attrs.src) {
          img.src = current.attrs.src;
        }
        img.alt = current.attrs.alt == null ? current.textContent : current.attrs.alt;
        caption.classList.toggle('is-empty', current.content.size === 0);
      };
      show(node);
      return {
        dom,
        contentDOM: caption,
        update: updated => {
          if (updated.type !== node.type) {
            return false;
          }
          show(updated);
          return true;
        },
      };
    };
  },

  addCommands() {
    return {
      insertFigure: src => ({ tr, dispatch }) => {
        const figure = this.type.create({ src });
        if (dispatch) {
          tr.replaceSelectionWith(figure, false);
          // Put the cursor in the new caption, so the reporter types it next.
          let at = -1;
          tr.doc.descendants((child, pos) => {
            if (at < 0 && child === figure) {
              at = pos;
            }
            return at < 0;
          });
          if (at >= 0) {
            tr.setSelection(TextSelection.create(tr.doc, at + 1));
          }
          tr.scrollIntoView();
        }
        return true;
      },
    };
  },

  addKeyboardShortcuts() {
    const caption = () => {
      const { $from } = this.editor.state.selection;
      return $from.parent.type === this.type ? $from : null;
    };
    return {
      // Enter ends the caption and starts a paragraph below, rather than splitting the photo in two.
      Enter: () => {
        const $from = caption();
        if (!$from) {
          return false;
        }
        const after = $from.after();
        return this.editor.chain().insertContentAt(after, { type: 'paragraph' })
          .setTextSelection(after + 1).scrollIntoView().run();
      },
      // Backspace at the caption's start selects the photo; a second one deletes it.
      Backspace: () => {
        const $from = caption();
        if (!$from || !this.editor.state.selection.empty || $from.parentOffset > 0) {
          return false;
        }
        return this.editor.commands.setNodeSelection($from.before());
      },
    };
  },
});

function imageAttrs(img, caption) {
  const src = img && (img.getAttribute('src') || '').trim();
  if (!isImageSrc(src)) {
    return false;
  }
  const alt = (img.getAttribute('alt') || '').trim();
  return { src, alt: alt && alt !== caption.trim() ? alt : null };
}

function textOf(el) {
  return el ? el.textContent : '';
}
