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

/** Whether the character at `j` is a lower-case letter (ASCII, or any other a lower-case form of itself differs from its upper-case one). */
export function isLowerCaseAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return isLowerAsciiCode(c);
  const ch = text[j];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
