// Server data reaches a terminal only with its control characters written out. Raw, `ESC[2J` clears the screen, an
// OSC sequence retitles the window or plants a link, BEL rings, a C1 CSI (U+009B) starts an escape sequence on
// terminals that read 8-bit controls, and a bidi override shows text in another order than it has.

/** C0 controls but tab and newline, DEL, C1 controls, the bidi embeddings/overrides/isolates, line and paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify and the YAML writer leave raw: everything above but C0, which both escape themselves. */
export const UNSAFE_AFTER_SERIALIZING = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b`, `\x9b`, `\u202e`: what each unsafe character is shown as. */
export function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For text whose lines and tabs are its own layout (a table, a response body): only those are kept. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** For a line that must stay one line (an error, a warning, a ✓ line, a trace line): newlines are escaped too. */
export function escapeLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, (character) => (character === '\t' ? character : escapeCharacter(character)));
}

/** Serialized JSON with the characters JSON.stringify leaves raw written as \u escapes; still the same JSON. */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_AFTER_SERIALIZING, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
