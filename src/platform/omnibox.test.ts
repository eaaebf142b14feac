import { describe, expect, it } from 'vitest';
import { describeSuggestion, escapeXml } from './omnibox';

const runs = [
  { text: '522', style: 'match' as const },
  { text: ' Tom & Jerry’s <error> "x"' },
  { text: " — it's", style: 'dim' as const },
];

describe('address-bar suggestion text', () => {
  it('Chrome: XML, the typed part in <match>, helper text in <dim>, special characters escaped', () => {
    expect(describeSuggestion.chrome(runs)).toBe(
      '<match>522</match> Tom &amp; Jerry’s &lt;error&gt; &quot;x&quot;<dim> — it&apos;s</dim>',
    );
  });

  it('Firefox: plain text', () => {
    expect(describeSuggestion.firefox(runs)).toBe('522 Tom & Jerry’s <error> "x" — it\'s');
  });

  it('escapes each of the five XML characters', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });
});
