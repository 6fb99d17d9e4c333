/**
 * A simple sentence splitter used by the training scripts until `src/core/text/sentences.ts`
 * lands: lines are paragraphs; a sentence ends at . ! ? (plus closing quotes / brackets) before
 * white space and a capital letter, an opening quote or a digit, except after common abbreviations
 * and initials.
 */
export interface SentenceRange {
  start: number;
  end: number;
}

const ABBREV = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd fig mt ft pres amb atty supt dept univ'.split(' '),
);

export function simpleSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lineStart = m.index;
    const line = m[0];
    let s = 0;
    const endRe = /[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;
    let e: RegExpExecArray | null;
    while ((e = endRe.exec(line)) !== null) {
      const dot = e.index;
      if (line[dot] === '.') {
        const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot));
        const w = before ? before[1] : '';
        if (ABBREV.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w) || /\p{L}\.\p{L}$/u.test(w)) continue;
      }
      const end = dot + e[0].length;
      pushTrim(out, text, lineStart + s, lineStart + end);
      s = end;
    }
    pushTrim(out, text, lineStart + s, lineStart + line.length);
  }
  return out;
}

function pushTrim(out: SentenceRange[], text: string, a: number, b: number): void {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push({ start: a, end: b });
}
