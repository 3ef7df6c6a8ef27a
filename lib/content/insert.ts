/**
 * Put plain text at the top of an editor, one line per block, built from text nodes (page
 * or user text never becomes markup), then tell the editor its content changed.
 */
export function insertText(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const fragment = doc.createDocumentFragment();
  for (const line of text.split('\n')) {
    const block = doc.createElement('div');
    if (line) block.textContent = line;
    else block.append(doc.createElement('br'));
    fragment.append(block);
  }
  editor.prepend(fragment);
  editor.focus();
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}
