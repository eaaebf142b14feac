/**
 * Waits for the next frame and two tasks after it: by then the popup has read a tab's earlier page
 * loads, which it starts once its first frame is drawn (popup/data.ts), and handled the answer.
 */
export const afterPaintedRead = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0)));
