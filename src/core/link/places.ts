/**
 * Place names to countries: names, official names, capitals and demonyms from world-countries
 * (src/core/data/generated/places.json), plus government metonyms ("the Kremlin", "the Islamic
 * Republic") from src/core/data/concepts.ts. Lookups are by lower-cased phrase.
 */
import placesData from '../data/generated/places.json';
import { PLACE_METONYMS } from '../data/concepts';

let index: Map<string, string> | undefined;

/**
 * The phrases of the index as a tree of words (`placeStart`): a node for each run of first words of a
 * phrase, with the country of the run when it is a phrase of the index.
 */
export interface PlaceNode {
  /** The country code of the words so far (`placeOf`), if they are a phrase of the index. */
  code: string | undefined;
  /** The nodes of the runs one word longer, by their last word (undefined: none). */
  next: Map<string, PlaceNode> | undefined;
}
const roots = new Map<string, PlaceNode>();

function build(): Map<string, string> {
  const m = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = name.toLowerCase().replace(/’/g, "'");
    if (!m.has(key)) m.set(key, code);
    const words = key.split(' ');
    let level = roots;
    let node: PlaceNode | undefined;
    for (const w of words) {
      node = level.get(w);
      if (node === undefined) level.set(w, (node = { code: undefined, next: undefined }));
      level = node.next ??= new Map();
    }
    node!.code ??= code;
  };
  for (const p of placesData.places) {
    for (const n of p.names) add(n, p.id);
    for (const c of p.capitals) add(c, p.id);
    for (const d of p.demonyms) {
      add(d, p.id);
      demonyms.add(d.toLowerCase());
    }
  }
  for (const [k, v] of Object.entries(PLACE_METONYMS)) add(k, v);
  // (a node without longer runs has no map)
  const prune = (level: Map<string, PlaceNode>): void => {
    for (const node of level.values()) {
      if (node.next === undefined) continue;
      if (node.next.size === 0) node.next = undefined;
      else prune(node.next);
    }
  };
  prune(roots);
  return m;
}

/** Lower-cased demonyms of the places ("russian", "ukrainian"), filled when the index is built. */
const demonyms = new Set<string>();

/** Whether a lower-cased word is a demonym ("russian"), not a country's or a city's name ("russia"). */
export function isDemonym(word: string): boolean {
  if (!index) index = build();
  return demonyms.has(word);
}

/** The country code a lower-cased phrase stands for ("tehran" -> "IRN"), if any. */
export function placeOf(phrase: string): string | undefined {
  if (!index) index = build();
  return index.get(phrase);
}

/**
 * The node of a lower-cased word in the tree of place phrases (`PlaceNode`), if some phrase begins with
 * it: the words of a phrase are followed from it without joining them into a string.
 */
export function placeStart(word: string): PlaceNode | undefined {
  if (!index) index = build();
  return roots.get(word);
}
