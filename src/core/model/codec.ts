/**
 * Compact storage of the model's hashed weights, in base64: for each bucket that has a non-zero
 * weight, the gap to the previous such bucket (unsigned LEB128), a byte whose bit l is set when
 * label l's weight is non-zero, then those int8 weights.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    out += B64[v >> 18] + B64[(v >> 12) & 63] + '==';
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + '=';
  }
  return out;
}

const DEC = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) DEC[B64.charCodeAt(i)] = i;

export function fromBase64(s: string): Uint8Array {
  let n = s.length;
  while (n > 0 && s[n - 1] === '=') n--;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const d = DEC[s.charCodeAt(i) & 127];
    if (d < 0) throw new Error('invalid base64 in attribution model');
    acc = (acc << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

/** Encodes an int8 weight table of `size` buckets x `labels`. */
export function encodeWeights(w: Int8Array, labels: number): string {
  if (labels > 8) throw new Error('at most 8 labels');
  const bytes: number[] = [];
  const size = w.length / labels;
  let last = -1;
  for (let b = 0; b < size; b++) {
    let any = false;
    for (let l = 0; l < labels; l++) if (w[b * labels + l] !== 0) any = true;
    if (!any) continue;
    let gap = b - last;
    last = b;
    while (gap >= 128) {
      bytes.push((gap & 127) | 128);
      gap >>>= 7;
    }
    bytes.push(gap);
    let m = 0;
    for (let l = 0; l < labels; l++) if (w[b * labels + l] !== 0) m |= 1 << l;
    bytes.push(m);
    for (let l = 0; l < labels; l++) if (w[b * labels + l] !== 0) bytes.push(w[b * labels + l] & 255);
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decodeWeights(data: string, size: number, labels: number): Int8Array {
  const bytes = fromBase64(data);
  const w = new Int8Array(size * labels);
  let b = -1;
  let i = 0;
  while (i < bytes.length) {
    let gap = 0;
    let shift = 0;
    let x: number;
    do {
      x = bytes[i++];
      gap |= (x & 127) << shift;
      shift += 7;
    } while (x & 128);
    b += gap;
    if (b >= size) throw new Error('corrupt attribution model');
    const m = bytes[i++];
    for (let l = 0; l < labels; l++) if (m & (1 << l)) w[b * labels + l] = (bytes[i++] << 24) >> 24;
  }
  return w;
}
