import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandFor, displayKeys, editorKeymap, keysOf } from '../../src/ui/editor/keymap';

const en = JSON.parse(readFileSync(new URL('../../locales/en/ui.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const fr = JSON.parse(readFileSync(new URL('../../locales/fr/ui.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** A key press as the browser reports it. */
function press(key: string, code: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}): KeyboardEvent {
  return { key, code, ctrlKey: modifiers.ctrl ?? false, metaKey: modifiers.meta ?? false, shiftKey: modifiers.shift ?? false, altKey: modifiers.alt ?? false } as KeyboardEvent;
}

describe('the editor keyboard map', () => {
  it('finds the command of a key press in its scope only', () => {
    expect(commandFor(press('Enter', 'Enter', { ctrl: true }), 'box')).toEqual({ command: 'confirm' });
    expect(commandFor(press('Enter', 'Enter', { meta: true }), 'box')).toEqual({ command: 'confirm' });
    expect(commandFor(press('Enter', 'Enter', { ctrl: true, shift: true }), 'box')).toEqual({ command: 'approve' });
    expect(commandFor(press('Enter', 'Enter'), 'row')).toEqual({ command: 'enterBox' });
    expect(commandFor(press('Enter', 'Enter'), 'box')).toBeUndefined();
    expect(commandFor(press('Enter', 'Enter', { ctrl: true }), 'view')).toBeUndefined();
    expect(commandFor(press('!', 'Digit1', { ctrl: true, shift: true }), 'box')).toEqual({ command: 'insertSuggestion', digit: 1 });
    expect(commandFor(press('(', 'Digit9', { ctrl: true, shift: true }), 'box')).toEqual({ command: 'insertSuggestion', digit: 9 });
    expect(commandFor(press(')', 'Digit0', { ctrl: true, shift: true }), 'box')).toBeUndefined();
  });

  it('undoes and redoes in the text box, and moves between segments with Ctrl+↑/↓ there only', () => {
    expect(commandFor(press('z', 'KeyZ', { ctrl: true }), 'box')).toEqual({ command: 'undo' });
    expect(commandFor(press('Z', 'KeyZ', { ctrl: true, shift: true }), 'box')).toEqual({ command: 'redo' });
    expect(commandFor(press('y', 'KeyY', { ctrl: true }), 'box')).toEqual({ command: 'redo' });
    expect(commandFor(press('z', 'KeyZ', { ctrl: true }), 'view')).toBeUndefined();
    expect(commandFor(press('ArrowDown', 'ArrowDown', { ctrl: true }), 'box')).toEqual({ command: 'next' });
    expect(commandFor(press('ArrowUp', 'ArrowUp', { ctrl: true }), 'box')).toEqual({ command: 'previous' });
    expect(commandFor(press('ArrowDown', 'ArrowDown', { ctrl: true }), 'view')).toBeUndefined();
    expect(commandFor(press('ArrowDown', 'ArrowDown', { ctrl: true }), 'row')).toBeUndefined();
  });

  it('goes by the letter for Ctrl+letter, as the browser’s own Ctrl+Z does', () => {
    // AZERTY: the key marked Z is where QWERTY has W; QWERTZ: Y and Z swapped.
    expect(commandFor(press('z', 'KeyW', { ctrl: true }), 'box')).toEqual({ command: 'undo' });
    expect(commandFor(press('w', 'KeyZ', { ctrl: true }), 'box')).toBeUndefined();
    expect(commandFor(press('y', 'KeyZ', { ctrl: true }), 'box')).toEqual({ command: 'redo' });
    expect(commandFor(press('z', 'KeyY', { ctrl: true }), 'box')).toEqual({ command: 'undo' });
    // A layout without Latin letters: the key's place.
    expect(commandFor(press('я', 'KeyZ', { ctrl: true }), 'box')).toEqual({ command: 'undo' });
  });

  it('goes by the key’s place for letters, whatever the layout or Alt’s dead keys make of it', () => {
    // Alt+S on a Mac types ß; on an AZERTY keyboard the key of Q is where QWERTY has A.
    expect(commandFor(press('ß', 'KeyS', { alt: true }), 'view')).toEqual({ command: 'suggestions' });
    expect(commandFor(press('k', 'KeyK', { ctrl: true }), 'view')).toEqual({ command: 'concordance' });
    expect(commandFor(press('K', 'KeyK', { ctrl: true, shift: true }), 'view')).toBeUndefined();
    expect(commandFor(press('s', 'KeyS'), 'view')).toBeUndefined();
  });

  it('gives each key one command per scope, and a view key never hides a text box key', () => {
    const seen = new Map<string, string>();
    for (const shortcut of editorKeymap) {
      const where = shortcut.scope === 'view' || shortcut.scope === 'browser' ? ['box', 'row', 'view'] : [shortcut.scope];
      for (const scope of where) {
        const key = `${scope} ${shortcut.keys}`;
        expect(seen.get(key), `${shortcut.command} and ${seen.get(key)} share ${key}`).toBeUndefined();
        seen.set(key, shortcut.command);
      }
    }
  });

  it('has every action in English and French, and in the README’s table', () => {
    for (const shortcut of editorKeymap) {
      const key = shortcut.help.replace(/^help\./u, '');
      expect(en.help?.[key], shortcut.help).toBeTruthy();
      expect(fr.help?.[key], shortcut.help).toBeTruthy();
      const written = displayKeys(shortcut.keys).map((part) => `\`${part}\``).join('+');
      expect(readme, `${shortcut.command}: ${written}`).toContain(written);
    }
  });

  it('says the keys of a command as a tooltip does', () => {
    expect(keysOf('approve')).toBe('Ctrl+Shift+Enter');
    expect(keysOf('next')).toBe('Alt+↓');
    expect(keysOf('insertSuggestion')).toBe('Ctrl+Shift+1…9');
  });
});
