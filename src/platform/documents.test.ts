/**
 * The details below are what Chromium 156 and Firefox ESR 153 sent an extension in a real run (trimmed to
 * the fields read): see platform/documents.ts.
 */
import { describe, expect, it } from 'vitest';
import { type CommitDetails, commitOf, prerenderingOf } from './documents';

const commit = (over: Partial<CommitDetails>): CommitDetails => ({
  tabId: 7,
  frameId: 0,
  parentFrameId: -1,
  url: 'http://site.test/a',
  documentId: 'A6C06604E5342D1441DDC4DA96034E05',
  timeStamp: 1,
  ...over,
});

describe('commitOf', () => {
  it("Chrome: the shown page's commit, a prerendering page's, and nothing from frames inside a page", () => {
    const shown = commit({ documentLifecycle: 'active', frameType: 'outermost_frame' });
    expect(commitOf(shown)).toEqual({
      tabId: 7,
      url: 'http://site.test/a',
      documentId: 'A6C06604E5342D1441DDC4DA96034E05',
      time: 1,
    });
    expect(commitOf({ ...shown, frameId: 5, documentLifecycle: 'prerender' })).toMatchObject({ prerenderFrame: 5 });
    expect(commitOf({ ...shown, frameId: 3, parentFrameId: 0, frameType: 'sub_frame' })).toBeUndefined();
    expect(commitOf({ ...shown, frameId: 4, parentFrameId: 0, frameType: 'fenced_frame' })).toBeUndefined();
    expect(commitOf({ ...shown, documentLifecycle: 'pending_deletion' })).toBeUndefined();
  });

  it('Firefox: the top-level commit (frame 0, no lifecycle), not a frame inside the page', () => {
    expect(commitOf(commit({ documentId: '8b3b484c-f8b9-18da-890e-8335f20cbcfb' }))).toMatchObject({
      documentId: '8b3b484c-f8b9-18da-890e-8335f20cbcfb',
    });
    expect(commitOf(commit({ frameId: 12, parentFrameId: 0 }))).toBeUndefined();
  });

  it('needs a document id and a tab', () => {
    expect(commitOf(commit({ documentId: undefined }))).toBeUndefined();
    expect(commitOf(commit({ tabId: -1 }))).toBeUndefined();
  });
});

describe('prerenderingOf', () => {
  it("Chrome: a prerendering page's main-frame request, its subresources and its inner frames' requests", () => {
    const base = { tabId: 7, documentLifecycle: 'prerender', frameType: 'outermost_frame' };
    expect(prerenderingOf({ ...base, frameId: 5, parentFrameId: -1 })).toEqual({ frameId: 5, parentFrameId: -1 });
    expect(prerenderingOf({ ...base, frameId: 5, parentFrameId: -1, documentId: 'D' })).toEqual({
      frameId: 5,
      parentFrameId: -1,
      documentId: 'D',
    });
    expect(prerenderingOf({ ...base, frameType: 'sub_frame', frameId: 9, parentFrameId: 5 })).toMatchObject({
      frameId: 9,
      parentFrameId: 5,
    });
  });

  it('is never set for the page a tab shows, nor in Firefox, which reports no lifecycle', () => {
    expect(prerenderingOf({ tabId: 7, frameId: 0, documentLifecycle: 'active' })).toBeUndefined();
    expect(
      prerenderingOf({ tabId: 7, frameId: 0, documentId: 'c2e665cc-de9d-98c0-a360-236557ed4e74' }),
    ).toBeUndefined();
  });
});
