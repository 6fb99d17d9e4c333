// A scripted analyser for the extension suite: it "finds" exactly the findings listed below, wherever their words
// occur in the text, so the suite checks the editor shell (trees, highlights, navigation, providers) with exact
// expectations independent of the detectors' heuristics. Locators: "words" or "context with [the span] inside".
// A finding whose words are absent is not reported (so typing a sentence makes its finding appear), nor its links.
import { ANALYSIS_SCHEMA, type Analysis, type LanguageId, type LinkRelation, type Span } from '../../../src/core/types';

interface ScriptAttribution { id: string; source: string; cue: string; content: string; speaker: string }
interface ScriptDenial { id: string; source: string; cue: string; target: string; speaker: string }
interface ScriptClaim { id: string; span: string; claimant: string | null; attribution: string | null }
interface ScriptLink { claim: string; counter: string; relation: LinkRelation }

export const ATTRIBUTIONS: ScriptAttribution[] = [
  // harbour.md
  { id: 'a-varga-fin', source: 'The transport minister, Elena Varga', cue: 'Elena Varga, [said] on Tuesday', content: 'Russia had agreed to finance half of the new grain terminal at Port Halden', speaker: 'Elena Varga' },
  { id: 'a-varga-march', source: '[Varga] told reporters', cue: 'Varga [told] reporters', content: 'The agreement is signed, and construction starts in March', speaker: 'Elena Varga' },
  { id: 'a-varga-tonnes', source: '[Varga] also said', cue: 'Varga also [said]', content: 'the port handled 4.2 million tonnes of grain last year', speaker: 'Elena Varga' },
  { id: 'a-port', source: 'According to [the port authority]', cue: '[According to] the port authority', content: 'shipments through Halden fell to 3.1 million tonnes last year', speaker: 'port authority' },
  // council.txt
  { id: 'a-brook-close', source: 'Councillor Anna Brook', cue: 'Anna Brook [said]', content: 'the council would close two primary schools in Riverside next year', speaker: 'Anna Brook' },
  { id: 'a-spokesman', source: 'a department spokesman', cue: 'department spokesman [told]', content: 'No school in Riverside will close', speaker: 'education department' },
  { id: 'a-brook-pupils', source: '[Brook] said the schools', cue: 'Brook [said] the schools', content: 'the schools had lost 300 pupils since 2020', speaker: 'Anna Brook' },
];

export const DENIALS: ScriptDenial[] = [
  { id: 'd-moscow', source: '[Moscow] denied', cue: 'Moscow [denied]', target: 'it had agreed to pay for the terminal', speaker: 'Russia' },
  { id: 'd-union', source: "The dockworkers' union", cue: "union [rejected] the minister's", target: "the minister's claim that construction would start in March", speaker: "dockworkers' union" },
  { id: 'd-education', source: 'The education department', cue: 'department [rejected] that account', target: 'rejected [that account]', speaker: 'education department' },
  // Typed by the suite into harbour.md: absent from the fixture on disk.
  { id: 'd-harbour-master', source: 'The harbour master', cue: 'harbour master [denied]', target: 'the terminal would cost 240 million euros', speaker: 'harbour master' },
];

export const CLAIMS: ScriptClaim[] = [
  { id: 'c-finance', span: 'Russia had agreed to finance half of the new grain terminal at Port Halden', claimant: 'Elena Varga', attribution: 'a-varga-fin' },
  { id: 'c-march', span: 'The agreement is signed, and construction starts in March', claimant: 'Elena Varga', attribution: 'a-varga-march' },
  { id: 'c-tonnes', span: 'the port handled 4.2 million tonnes of grain last year', claimant: 'Elena Varga', attribution: 'a-varga-tonnes' },
  { id: 'c-port', span: 'shipments through Halden fell to 3.1 million tonnes last year', claimant: 'port authority', attribution: 'a-port' },
  { id: 'c-cost', span: 'The terminal is expected to cost 240 million euros.', claimant: null, attribution: null },
  { id: 'c-close', span: 'the council would close two primary schools in Riverside next year', claimant: 'Anna Brook', attribution: 'a-brook-close' },
  { id: 'c-no-close', span: 'No school in Riverside will close', claimant: 'education department', attribution: 'a-spokesman' },
  { id: 'c-300', span: 'the schools had lost 300 pupils since 2020', claimant: 'Anna Brook', attribution: 'a-brook-pupils' },
  { id: 'c-120', span: 'the schools lost 120 pupils in that period', claimant: null, attribution: null },
];

export const LINKS: ScriptLink[] = [
  { claim: 'c-finance', counter: 'd-moscow', relation: 'denies' },
  { claim: 'c-march', counter: 'd-union', relation: 'denies' },
  { claim: 'c-tonnes', counter: 'c-port', relation: 'contradicts' },
  { claim: 'c-cost', counter: 'd-harbour-master', relation: 'denies' },
  { claim: 'c-close', counter: 'd-education', relation: 'denies' },
  { claim: 'c-close', counter: 'c-no-close', relation: 'contradicts' },
  { claim: 'c-300', counter: 'c-120', relation: 'contradicts' },
];

/** The span a locator names in `text`, or null when its words are absent. */
export function locate(text: string, locator: string): Span | null {
  const open = locator.indexOf('[');
  const close = locator.indexOf(']');
  const context = open >= 0 ? locator.slice(0, open) + locator.slice(open + 1, close) + locator.slice(close + 1) : locator;
  const at = text.indexOf(context);
  if (at < 0) return null;
  const start = open >= 0 ? at + open : at;
  const length = open >= 0 ? close - open - 1 : locator.length;
  return { start, end: start + length, text: text.slice(start, start + length) };
}

export function scriptedAnalysis(text: string, languageId: LanguageId, path?: string): Analysis {
  const attributions = ATTRIBUTIONS.flatMap((a) => {
    const cue = locate(text, a.cue);
    return cue ? [{ id: a.id, cue, source: locate(text, a.source), content: locate(text, a.content), speaker: a.speaker }] : [];
  });
  const denials = DENIALS.flatMap((d) => {
    const cue = locate(text, d.cue);
    return cue ? [{ id: d.id, cue, source: locate(text, d.source), target: locate(text, d.target), speaker: d.speaker }] : [];
  });
  const claims = CLAIMS.flatMap((c) => {
    const span = locate(text, c.span);
    return span ? [{ id: c.id, span, claimant: c.claimant, attribution: attributions.some((a) => a.id === c.attribution) ? c.attribution : null, checkworthiness: 0.8 }] : [];
  });
  const present = new Set([...claims, ...denials].map((x) => x.id));
  const links = LINKS.filter((l) => present.has(l.claim) && present.has(l.counter)).map((l) => ({ ...l, score: 0.9 }));
  return {
    schema: ANALYSIS_SCHEMA, source: { ...(path !== undefined ? { path } : {}), languageId, length: text.length },
    attributions, denials, claims, links,
  };
}

export const scriptedAnalyzerFactory = () => ({ analyze: scriptedAnalysis });
