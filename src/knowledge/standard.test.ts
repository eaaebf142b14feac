import { describe, expect, it } from 'vitest';
import { standardCodes } from './standard';
import type { Meaning } from './types';

/**
 * The IANA HTTP Status Code Registry (revision of 2025-09-15), written out by hand with the
 * document each code comes from. "draft" marks the temporary 104 registration.
 */
const iana: readonly [code: number, doc: number | 'draft'][] = [
  [100, 9110],
  [101, 9110],
  [102, 2518],
  [103, 8297],
  [104, 'draft'],
  [200, 9110],
  [201, 9110],
  [202, 9110],
  [203, 9110],
  [204, 9110],
  [205, 9110],
  [206, 9110],
  [207, 4918],
  [208, 5842],
  [226, 3229],
  [300, 9110],
  [301, 9110],
  [302, 9110],
  [303, 9110],
  [304, 9110],
  [305, 9110],
  [306, 9110],
  [307, 9110],
  [308, 9110],
  [400, 9110],
  [401, 9110],
  [402, 9110],
  [403, 9110],
  [404, 9110],
  [405, 9110],
  [406, 9110],
  [407, 9110],
  [408, 9110],
  [409, 9110],
  [410, 9110],
  [411, 9110],
  [412, 9110],
  [413, 9110],
  [414, 9110],
  [415, 9110],
  [416, 9110],
  [417, 9110],
  [418, 9110],
  [421, 9110],
  [422, 9110],
  [423, 4918],
  [424, 4918],
  [425, 8470],
  [426, 9110],
  [428, 6585],
  [429, 6585],
  [431, 6585],
  [451, 7725],
  [500, 9110],
  [501, 9110],
  [502, 9110],
  [503, 9110],
  [504, 9110],
  [505, 9110],
  [506, 2295],
  [507, 4918],
  [508, 5842],
  [510, 2774],
  [511, 6585],
];

/** The registry's own names, which the English titles must carry. */
const registryNames: Readonly<Record<number, string>> = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  104: 'Upload Resumption Supported',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  306: '(Unused)',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: '(Unused)',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

/** Numbers that are unassigned in the registry (vendor files explain them), so must not appear here. */
const unregistered = [
  218, 419, 420, 427, 430, 440, 444, 449, 450, 460, 463, 464, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523,
  524, 525, 526, 527, 529, 530, 561, 598, 599, 999,
];

const byCode = (code: number): Meaning[] => standardCodes.filter((m) => m.code === code);

const textFields = ['title', 'summary', 'visitor', 'owner'] as const;

describe('standard codes: the IANA registry, complete', () => {
  it('has exactly the registry, nothing more', () => {
    expect(standardCodes.map((m) => m.code).sort((a, b) => a - b)).toEqual(iana.map(([c]) => c));
  });

  it.each(iana)('%i is present exactly once, with a well-formed id and the right document', (code, doc) => {
    const found = byCode(code);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(m.id).toBe(`std.${code}`);
    if (doc === 'draft') {
      expect(m.source.title).toMatch(/^draft-ietf-httpbis-resumable-upload\b/);
      expect(m.source.url).toMatch(/^https:\/\/datatracker\.ietf\.org\/doc\/draft-ietf-httpbis-resumable-upload\/?$/);
    } else {
      expect(m.source.title).toMatch(new RegExp(`^RFC ${doc} §[\\d.]+ \\(${code}\\b`));
      expect(m.source.url).toMatch(new RegExp(`^https://www\\.rfc-editor\\.org/rfc/rfc${doc}#section-[\\d.]+$`));
    }
  });

  it.each(iana)('%i has non-empty English and Russian text in every field', (code) => {
    const m = byCode(code)[0]!;
    for (const field of textFields) {
      expect(m[field].en.trim(), `${code} ${field}.en`).not.toBe('');
      expect(m[field].ru.trim(), `${code} ${field}.ru`).not.toBe('');
      expect(m[field].ru, `${code} ${field}.ru is Russian`).toMatch(/[а-яё]/i);
      expect(m[field].ru, `${code} ${field}.ru uses «» quotes`).not.toMatch(/[“”]/);
    }
  });

  it.each(iana)('%i carries the registry name in its English title', (code) => {
    const name = registryNames[code];
    expect(name).toBeDefined();
    expect(byCode(code)[0]!.title.en).toContain(name!);
  });

  it.each(iana)('%i: a rare or never-seen code says what it means when seen', (code) => {
    const m = byCode(code)[0]!;
    if (m.reach === 'rare' || m.reach === 'never') {
      expect(m.whenSeen?.en.trim()).toBeTruthy();
      expect(m.whenSeen?.ru.trim()).toBeTruthy();
    } else {
      expect(m.whenSeen).toBeUndefined();
    }
  });

  it('sections in RFC 9110 follow the registry (spot checks)', () => {
    const section = (code: number): string | undefined => byCode(code)[0]?.source.url?.split('#section-')[1];
    expect(section(100)).toBe('15.2.1');
    expect(section(206)).toBe('15.3.7');
    expect(section(306)).toBe('15.4.7');
    expect(section(404)).toBe('15.5.5');
    expect(section(418)).toBe('15.5.19');
    expect(section(421)).toBe('15.5.20');
    expect(section(426)).toBe('15.5.22');
    expect(section(505)).toBe('15.6.6');
  });

  it('ids are unique', () => {
    const ids = standardCodes.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(unregistered)('does not define the unregistered number %i', (code) => {
    expect(byCode(code)).toHaveLength(0);
  });

  it('marks only 510 as obsolete, and carries no vendor-only fields', () => {
    expect(standardCodes.filter((m) => m.obsolete).map((m) => m.code)).toEqual([510]);
    for (const m of standardCodes) {
      expect(m.prior, m.id).toBeUndefined();
      expect(m.when, m.id).toBeUndefined();
    }
  });

  it('treats the reserved codes honestly', () => {
    const teapot = byCode(418)[0]!;
    expect(teapot.summary.en).toMatch(/RFC 2324/);
    expect(teapot.summary.en).toMatch(/April/);
    expect(byCode(306)[0]!.reach).toBe('never');
    expect(byCode(102)[0]!.summary.en).toMatch(/RFC 4918/);
  });

  it('gives practical owner advice for the codes people meet most', () => {
    expect(byCode(404)[0]!.owner.en).toMatch(/deploy/);
    expect(byCode(404)[0]!.owner.en).toMatch(/redirect/);
    expect(byCode(301)[0]!.owner.en).toMatch(/loop/);
    expect(byCode(304)[0]!.owner.en).toMatch(/If-None-Match/);
    expect(byCode(413)[0]!.owner.en).toMatch(/client_max_body_size/);
    expect(byCode(431)[0]!.visitor.en).toMatch(/cookies/);
  });
});
