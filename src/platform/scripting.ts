/**
 * Running the error-page reader in one frame of a tab (background/page-reader.ts). Both browsers take the
 * same call: a function and its arguments, run in the extension's isolated world, where the page's own scripts
 * cannot change the built-ins it uses; by default once the frame's document has been parsed.
 */
import { PAGE_LIMITS, readMarkers, type WireMarker } from '../knowledge/page-markers';
import browser from './browser';

export async function readInFrame(
  tabId: number,
  frameId: number,
  url: string,
  markers: readonly WireMarker[],
): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: readMarkers,
    args: [markers, url, PAGE_LIMITS],
  });
  return first?.result;
}
