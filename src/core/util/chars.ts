/** Character tests on UTF-16 code units, for scanners that read a text's code units. */

/** The white space `String.prototype.trim` removes (and `\s` matches): spaces, line breaks, BOM. */
export function isWhitespaceCode(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 13 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000
  );
}

/** A closing quotation mark: " ' ’ ” ». */
export function isClosingQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

/** A lower-case ASCII letter. */
export function isLowerAsciiCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Whether the opening-style quotation mark (“ „ «) at `at` of `text` is written for a closing one, as in
 * "“Certainly not,“ she said.": it comes right after , . ! or ? and is followed by white space and a
 * lower-case letter, or by nothing but spaces to the end of its line. Callers apply it only while a
 * quotation is open: the postposed rule's finding after one stands without the model's support (block.ts),
 * as the model reads such a mark as opening a quotation (it was trained so). (Over PolNeAR train such a mark closed the quotation 9 times in 9.)
 */
export function isReversedCloserAt(text: string, at: number): boolean {
  const b = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (b !== 44 && b !== 46 && b !== 33 && b !== 63) return false;
  let j = at + 1;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j++;
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  if (c === 10 || c === 13) return true;
  return j > at + 1 && isLowerCaseAt(text, j);
}

/** Whether the character at `j` is a lower-case letter (ASCII, or any other a lower-case form of itself differs from its upper-case one). */
export function isLowerCaseAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return isLowerAsciiCode(c);
  const ch = text[j];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
