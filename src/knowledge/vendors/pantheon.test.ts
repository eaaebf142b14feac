import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { pantheon } from './pantheon';

describe('Pantheon fingerprint', () => {
  it.each([
    ['x-pantheon-styx-hostname', 'styx-fe1-a-123abc-xyz'],
    ['x-styx-req-id', '0123abcd-4567-89ef-0123-456789abcdef'],
    ['server', 'Pantheon'],
    ['server', 'pantheon-nginx'],
  ])('matches %s: %s', (name, value) => {
    expect(matchVendor(pantheon, observe({ headers: { [name]: value } }))?.hits[0]?.name).toBe(name);
  });

  it('matches *.pantheonsite.io', () => {
    expect(matchVendor(pantheon, observe({ url: 'https://live-my-site.pantheonsite.io/' }))?.hits[0]?.kind).toBe(
      'host',
    );
  });

  it.each([
    ['server', 'Pantheons'],
    ['server', 'nginx (Pantheon)'],
    ['x-pantheon-styx', 'x'],
    ['x-styx-req', 'x'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(matchVendor(pantheon, observe({ headers: { [name]: value } }))).toBeUndefined();
  });

  it.each(['https://notpantheonsite.io/', 'https://live-x.pantheonsite.io.evil.test/'])(
    'does not match the host %s',
    (url) => {
      expect(matchVendor(pantheon, observe({ url }))).toBeUndefined();
    },
  );
});

describe('Pantheon 530', () => {
  const m = pantheon.codes.find((c) => c.id === 'pantheon.530');

  it('is a low-prior meaning that admits its weak source', () => {
    expect(m?.code).toBe(530);
    expect(m?.prior).toBe(0.3);
    expect(m?.source.title).toMatch(/Wikipedia/);
  });

  it('writes the code and notes in both languages', () => {
    for (const x of [m?.title, m?.summary, m?.visitor, m?.owner, ...(pantheon.notes ?? []).map((n) => n.note)]) {
      expect(x?.en).not.toBe('');
      expect(x?.ru).toMatch(/[а-яё]/i);
    }
    expect(pantheon.notes?.map((n) => n.code)).toEqual([401, 404, 502]);
  });
});
