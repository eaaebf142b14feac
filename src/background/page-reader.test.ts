import { describe, expect, it } from 'vitest';
import type { PageFind } from '../knowledge/types';
import type { CommitDetails } from '../platform/documents';
import type { RequestDetails } from './capture';
import { createPageReader, findsOf } from './page-reader';

const URL_A = 'https://site.example/broken';

const response = (over: Partial<RequestDetails> = {}): RequestDetails => ({
  requestId: '7',
  url: URL_A,
  method: 'GET',
  type: 'main_frame',
  tabId: 3,
  frameId: 0,
  timeStamp: 1,
  statusCode: 530,
  ...over,
});

const commit = (over: Partial<CommitDetails> = {}): CommitDetails => ({
  tabId: 3,
  frameId: 0,
  url: URL_A,
  documentId: 'doc',
  timeStamp: 2,
  ...over,
});

const found1016: PageFind[] = [{ id: 'cloudflare.page-error', value: '1016' }];

/** A reader whose page answers come from `answers` in turn, recording every read and every find. */
function harness(answers: (unknown | Error)[]) {
  const reads: { tabId: number; frameId: number; url: string }[] = [];
  const found: { tabId: number; requestId: string; finds: readonly PageFind[] }[] = [];
  const reader = createPageReader({
    read: async (tabId, frameId, url) => {
      reads.push({ tabId, frameId, url });
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    },
    found: (tabId, requestId, finds) => found.push({ tabId, requestId, finds }),
  });
  return { reader, reads, found };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('reading an error document’s page', () => {
  it('reads a frame that already shows the document when its response ends', async () => {
    const { reader, reads, found } = harness([found1016]);
    reader.response(response());
    await settle();
    expect(reads).toEqual([{ tabId: 3, frameId: 0, url: URL_A }]);
    expect(found).toEqual([{ tabId: 3, requestId: '7', finds: found1016 }]);
  });

  it('tries again when the frame commits the document after the response', async () => {
    const { reader, reads, found } = harness([null, found1016]);
    reader.response(response());
    await settle();
    expect(found).toEqual([]);
    reader.committed(commit());
    await settle();
    expect(reads).toHaveLength(2);
    expect(found).toEqual([{ tabId: 3, requestId: '7', finds: found1016 }]);
  });

  it('reads again once a read under way when the commit came ends without the document', async () => {
    const { reader, reads, found } = harness([null, found1016]);
    reader.response(response());
    reader.committed(commit());
    await settle();
    await settle();
    expect(reads).toHaveLength(2);
    expect(found).toHaveLength(1);
  });

  it('gives up quietly where the browser will not run scripts', async () => {
    const { reader, reads, found } = harness([
      new Error('Cannot access contents of the page'),
      new Error('a'),
      new Error('b'),
    ]);
    reader.response(response());
    await settle();
    reader.committed(commit());
    await settle();
    reader.committed(commit());
    await settle();
    expect(reads).toHaveLength(3);
    reader.committed(commit());
    await settle();
    expect(reads).toHaveLength(3);
    expect(found).toEqual([]);
  });

  it('reads a frame of a page, and only that frame', async () => {
    const { reader, reads } = harness([[]]);
    reader.response(response({ type: 'sub_frame', frameId: 12 }));
    await settle();
    expect(reads).toEqual([{ tabId: 3, frameId: 12, url: URL_A }]);
  });

  it.each([
    ['a success', response({ statusCode: 200 })],
    ['a redirect', response({ statusCode: 302 })],
    ['a failed request', response({ statusCode: undefined, error: 'net::ERR_FAILED' })],
    ['an image', response({ type: 'image' })],
    ['a request with no tab', response({ tabId: -1 })],
    ['a page being prerendered', response({ frameId: 5, documentLifecycle: 'prerender' })],
  ])('reads nothing for %s', async (_what, details) => {
    const { reader, reads } = harness([[]]);
    reader.response(details);
    await settle();
    expect(reads).toEqual([]);
  });

  it('records nothing when the page shows no marker', async () => {
    const { reader, found } = harness([[]]);
    reader.response(response());
    await settle();
    expect(found).toEqual([]);
  });

  it('ignores commits of other documents, and forgets a closed tab', async () => {
    const { reader, reads } = harness([null, found1016]);
    reader.response(response());
    await settle();
    reader.committed(commit({ url: 'https://site.example/other' }));
    reader.committed(commit({ frameId: 4 }));
    await settle();
    expect(reads).toHaveLength(1);
    reader.tabClosed(3);
    reader.committed(commit());
    await settle();
    expect(reads).toHaveLength(1);
  });

  it('credits a read to the newest document of the frame only', async () => {
    let release: (v: unknown) => void = () => {};
    const found: string[] = [];
    const reader = createPageReader({
      read: () => new Promise((r) => (release = r)),
      found: (_tab, requestId) => found.push(requestId),
    });
    reader.response(response({ requestId: 'old' }));
    const first = release;
    reader.response(response({ requestId: 'new' }));
    first(found1016);
    await settle();
    expect(found).toEqual([]);
    release(found1016);
    await settle();
    expect(found).toEqual(['new']);
  });
});

describe('what a page read may hand the worker', () => {
  it('keeps ids and short values, neutralised', () => {
    expect(findsOf([{ id: 'cloudflare.page-ray', value: `8e2f\u202e${'a'.repeat(100)}` }, { id: 'x.y' }])).toEqual([
      { id: 'cloudflare.page-ray', value: expect.stringMatching(/^8e2f\ufffda+…$/) },
      { id: 'x.y' },
    ]);
    expect(findsOf([{ id: 'cloudflare.page-ray', value: 'a'.repeat(100) }])?.[0]?.value).toHaveLength(64);
  });

  it('drops anything else, and bounds the count', () => {
    expect(findsOf(null)).toBeNull();
    expect(findsOf(undefined)).toEqual([]);
    expect(findsOf('text')).toEqual([]);
    expect(findsOf([1, null, { id: 3 }, { value: 'x' }, { id: '' }])).toEqual([]);
    expect(findsOf(Array.from({ length: 500 }, (_, i) => ({ id: `a.b${i}` })))).toHaveLength(40);
  });
});
