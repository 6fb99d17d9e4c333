/**
 * A small, fast tokenizer for news prose. Offsets are UTF-16 indices into the input string.
 *
 * - words keep inner hyphens and apostrophes ("weapons-capable", "don't"); a possessive "'s" / "’s"
 *   is split off as its own token;
 * - dotted acronyms are one token ("U.S.", "U.N.");
 * - numbers keep thousands separators and decimals ("1,000.5", "2231");
 * - every other non-space character is a token of its own (punctuation, quotes, symbols).
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  text: string;
  /** Lower-cased text, apostrophes normalised to ASCII. */
  lower: string;
  kind: TokenKind;
}

const TOKEN_RE =
  /((?:\p{L}\.){2,}(?!\p{L}))|(\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?)|([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(["“”„«»‘’'`]|\p{Pd})|(\S)/gu;

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '`']);

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index + offset;
    if (m[1] !== undefined) {
      out.push(make(raw, start, 'word'));
    } else if (m[2] !== undefined) {
      out.push(make(raw, start, 'number'));
    } else if (m[3] !== undefined) {
      const poss = /['’][sS]$/.exec(raw);
      if (poss && raw.length > 2) {
        out.push(make(raw.slice(0, raw.length - 2), start, 'word'));
        out.push(make(raw.slice(raw.length - 2), start + raw.length - 2, 'word'));
      } else {
        out.push(make(raw, start, 'word'));
      }
    } else if (m[4] !== undefined) {
      out.push(make(raw, start, QUOTE_CHARS.has(raw) ? 'quote' : 'punct'));
    } else {
      out.push(make(raw, start, 'punct'));
    }
  }
  return out;
}

function make(text: string, start: number, kind: TokenKind): Token {
  return { start, end: start + text.length, text, lower: text.toLowerCase().replace(/’/g, "'"), kind };
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return t.kind === 'word' && ((c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0].toLowerCase()));
}
