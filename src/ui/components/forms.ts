/**
 * Ctrl+Enter (⌘+Enter) in a form's text box submits that form, and nothing else: not the segment
 * the form sits in (a rejection reason, a comment).
 */
export function submitOnCtrlEnter(box: HTMLElement, form: HTMLFormElement): void {
  box.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopPropagation();
    form.requestSubmit();
  });
}

/** Esc in an element (a field, a list, a panel) does this instead, unless something inside took it first. */
export function onEscape(element: HTMLElement, action: () => void): void {
  element.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    action();
  });
}
