import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactMessages } from './compact-locales';

describe('the packaged message files', () => {
  it('keep every message and placeholder, without descriptions or indentation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'locales-'));
    const source = {
      evidencePage: {
        message: 'on its error page: $VALUE$',
        description: 'Evidence label',
        placeholders: { value: { content: '$1' } },
      },
      extName: { message: 'Statuscope' },
    };
    await mkdir(join(dir, 'en'));
    await writeFile(join(dir, 'en', 'messages.json'), JSON.stringify(source, null, 2));
    await compactMessages(dir);
    const written = await readFile(join(dir, 'en', 'messages.json'), 'utf8');
    expect(JSON.parse(written)).toEqual({
      evidencePage: { message: 'on its error page: $VALUE$', placeholders: { value: { content: '$1' } } },
      extName: { message: 'Statuscope' },
    });
    expect(written).not.toContain('\n');
  });
});
