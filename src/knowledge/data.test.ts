/**
 * Validates every entry of the knowledge base: required fields in both languages, sources, unique ids,
 * every vendor file registered, and every vendor code reachable from evidence its vendor leaves.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { authored } from './authored';
import { explain } from './explain';
import { networkErrors } from './network-errors';
import { phrases } from './phrases';
import { nameIn, rulesOf, UNKNOWN_FAILURE, wordId, wordsOf } from './rules';
import { standardCodes } from './standard';
import { witness } from './test-helpers';
import type { Meaning, Text, Vendor } from './types';
import { vendors } from './vendors';
import { products } from './vendors/products';
import { warningCodes } from './warnings';

const filled = (text: Text): boolean => text.en.trim().length > 0 && text.ru.trim().length > 0;
const cyrillic = /[а-яё]/i;

function checkMeaning(m: Meaning): string[] {
  const problems: string[] = [];
  for (const field of ['title', 'summary', 'visitor', 'owner'] as const) {
    if (!filled(m[field])) problems.push(`${m.id}: ${field} missing a language`);
    else if (!cyrillic.test(m[field].ru)) problems.push(`${m.id}: ${field}.ru is not Russian`);
  }
  if (!m.source.title.trim()) problems.push(`${m.id}: no source`);
  if (m.source.url !== undefined && !/^https:\/\//.test(m.source.url))
    problems.push(`${m.id}: source url is not https`);
  if ((m.reach === 'rare' || m.reach === 'never') && (!m.whenSeen || !filled(m.whenSeen)))
    problems.push(`${m.id}: reach ${m.reach} without whenSeen`);
  if (m.prior !== undefined && (m.prior < 0 || m.prior > 1)) problems.push(`${m.id}: prior out of range`);
  if (!Number.isInteger(m.code) || m.code < 100 || m.code > 999) problems.push(`${m.id}: odd code ${m.code}`);
  return problems;
}

const allMeanings: { meaning: Meaning; vendor?: Vendor }[] = [
  ...standardCodes.map((meaning) => ({ meaning })),
  ...vendors.flatMap((vendor) => vendor.codes.map((meaning) => ({ meaning, vendor }))),
];

describe('knowledge data', () => {
  it('registers every vendor file, in alphabetical order, under its file name, then the rows of products.ts', () => {
    const dir = fileURLToPath(new URL('./vendors/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'products.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(vendors.map((v) => v.id)).toEqual([...files, ...products.map((p) => p.id)]);
  });

  it('has unique meaning ids, vendor ids and network error names', () => {
    const ids = allMeanings.map((m) => m.meaning.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(vendors.map((v) => v.id)).size).toBe(vendors.length);
    const names = networkErrors.flatMap((e) => e.names);
    expect(names.length).toBe(new Set(names).size);
    const netIds = networkErrors.map((e) => e.id);
    expect(netIds.length).toBe(new Set(netIds).size);
  });

  it('fills every meaning in both languages, with a source', () => {
    expect(allMeanings.flatMap(({ meaning }) => checkMeaning(meaning))).toEqual([]);
  });

  it('prefixes vendor meaning ids with their vendor id', () => {
    const wrong = vendors.flatMap((v) => v.codes.filter((c) => !c.id.startsWith(`${v.id}.`)).map((c) => c.id));
    expect(wrong).toEqual([]);
  });

  it.each(vendors.map((v) => [v.id, v] as const))('vendor %s is complete', (_id, v) => {
    expect(nameIn(v.name, 'en').trim()).not.toBe('');
    if (typeof v.name !== 'string') expect(v.name.ru).toMatch(cyrillic);
    const fpIds = v.fingerprints.map((f) => f.id);
    expect(fpIds.length, `${v.id} fingerprint ids`).toBe(new Set(fpIds).size);
    for (const d of v.decoders ?? []) {
      const valueIds = (d.values ?? []).map((x) => x.id);
      expect(valueIds.length, `${v.id} ${d.header} value ids`).toBe(new Set(valueIds).size);
    }
    expect(v.docs.title.trim()).not.toBe('');
    for (const fp of v.fingerprints) expect(filled(fp.says), `${v.id} fingerprint says`).toBe(true);
    for (const d of v.decoders ?? []) {
      expect(d.header).toBe(d.header.toLowerCase());
      expect(filled(d.fallback)).toBe(true);
      for (const val of d.values ?? [])
        expect(filled(val.title) && filled(val.summary), `${v.id} ${d.header} ${val.match}`).toBe(true);
    }
    for (const n of v.notes ?? []) expect(filled(n.note), `${v.id} note ${n.code}`).toBe(true);
    if (v.bodyHint) expect(filled(v.bodyHint)).toBe(true);
    for (const fp of v.fingerprints)
      if (fp.signal.kind === 'header') expect(fp.signal.name).toBe(fp.signal.name.toLowerCase());
  });

  it.each(allMeanings.filter((m) => m.vendor).map((m) => [m.meaning.id, m] as const))(
    'vendor code %s is reachable from its vendor’s evidence',
    (_id, { meaning, vendor }) => {
      // A page signal is found in a document, not in a response: the witness carries the response's signs.
      const fps = vendor!.fingerprints
        .filter((f) => f.signal.kind !== 'page')
        .sort((a, b) => Number(b.weight === 'strong') - Number(a.weight === 'strong'));
      const signals = [...(fps[0] ? [fps[0].signal] : []), ...(meaning.when ?? [])];
      const ex = explain(witness(meaning.code, signals));
      if (fps.length) {
        expect(ex.meaningId).toBe(meaning.id);
      } else {
        // A product that leaves no visible sign: its meaning is chosen or at least offered for the bare number.
        expect(ex.candidates.map((c) => c.meaningId)).toContain(meaning.id);
      }
    },
  );

  it('every network error is filled in both languages, with a producer and a source', () => {
    for (const e of networkErrors) {
      expect(filled(e.title) && filled(e.summary) && filled(e.visitor) && filled(e.owner), e.id).toBe(true);
      expect(e.source.title.trim(), e.id).not.toBe('');
    }
  });

  it('every Warning code is filled in both languages', () => {
    for (const w of warningCodes) expect(filled(w.title) && filled(w.summary), String(w.code)).toBe(true);
  });
});

describe('rules and words', () => {
  const rules = rulesOf(authored);
  const en = wordsOf(authored, 'en');
  const ru = wordsOf(authored, 'ru');

  /** Word ids every rule needs, and the ones it may have. */
  function expectedIds(): { required: Set<string>; optional: Set<string> } {
    const required = new Set<string>();
    const optional = new Set<string>();
    const meaning = (id: string, rare: boolean): void => {
      for (const part of ['title', 'summary', 'visitor', 'owner'] as const) required.add(wordId.meaning(id, part));
      (rare ? required : optional).add(wordId.meaning(id, 'whenSeen'));
    };
    const rare = (m: { reach?: string }): boolean => m.reach !== undefined && m.reach !== 'normal';
    for (const m of authored.standard) meaning(m.id, rare(m));
    for (const e of rules.networkErrors) meaning(e.id, false);
    for (const cls of Object.keys(authored.classes)) meaning(`class.${cls}`, false);
    meaning(UNKNOWN_FAILURE, false);
    for (const v of authored.vendors) {
      for (const f of v.fingerprints) required.add(wordId.fingerprint(v.id, f.id));
      for (const m of v.codes) meaning(m.id, rare(m));
      for (const d of v.decoders ?? []) {
        required.add(wordId.fallback(v.id, d.header));
        for (const value of d.values ?? []) {
          required.add(wordId.decoded(v.id, d.header, value.id, 'title'));
          required.add(wordId.decoded(v.id, d.header, value.id, 'summary'));
          optional.add(wordId.decoded(v.id, d.header, value.id, 'visitor'));
          optional.add(wordId.decoded(v.id, d.header, value.id, 'owner'));
        }
      }
      for (const n of v.notes ?? []) required.add(wordId.note(v.id, n.code));
      optional.add(wordId.body(v.id));
    }
    for (const w of authored.warnings) {
      required.add(wordId.warning(w.code, 'title'));
      required.add(wordId.warning(w.code, 'summary'));
    }
    for (const key of Object.keys(phrases)) required.add(wordId.phrase(key));
    return { required, optional };
  }

  it('has the same word ids in both languages, none of them empty, the Russian ones in Russian', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    const empty = Object.entries({ ...en }).filter(([id]) => !en[id]?.trim() || !ru[id]?.trim());
    expect(empty).toEqual([]);
    const notRussian = Object.keys(ru).filter((id) => !cyrillic.test(ru[id] ?? ''));
    expect(notRussian).toEqual([]);
  });

  it('has words for every rule and no words without a rule', () => {
    const { required, optional } = expectedIds();
    const have = new Set(Object.keys(en));
    expect([...required].filter((id) => !have.has(id))).toEqual([]);
    expect([...have].filter((id) => !required.has(id) && !optional.has(id))).toEqual([]);
  });

  it('fills the same placeholders in both languages of every phrase', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    const differ = Object.entries(phrases).filter(([, text]) => names(text.en).join() !== names(text.ru).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('keeps the words out of the rules: no summary, advice or note appears in them', () => {
    const flat = JSON.stringify(rules, (_key, value: unknown) => (value instanceof RegExp ? value.source : value));
    const leaked = Object.entries(ru)
      .filter(([id]) => !id.startsWith('phrase.'))
      .filter(([, text]) => text.length > 20 && flat.includes(JSON.stringify(text).slice(1, -1)));
    expect(leaked.map(([id]) => id)).toEqual([]);
  });
});
