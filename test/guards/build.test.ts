import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArtifacts, DIST } from '../../build/build';
import { type Manifest, parseManifest } from '../../build/manifest';

describe('the build', () => {
  it('gives identical bytes for the same tree, equal to what npm run build wrote', async () => {
    const first = await buildArtifacts();
    const second = await buildArtifacts();
    expect(second).toEqual(first);
    expect(readFileSync(join(DIST, 'Code.js'), 'utf8')).toBe(first.code);
    expect(readFileSync(join(DIST, 'Sidebar.html'), 'utf8')).toBe(first.sidebar);
    expect(readFileSync(join(DIST, 'appsscript.json'), 'utf8')).toBe(first.manifest);
  }, 30_000);

  it('inlines the sidebar script and style (HtmlService cannot load local files)', async () => {
    const { sidebar } = await buildArtifacts();
    expect(sidebar).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(sidebar).not.toContain('/*SCRIPT*/');
    expect(sidebar).not.toContain('/*STYLE*/');
  }, 30_000);
});

describe('manifest validation', () => {
  const good = JSON.parse(
    readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'),
  ) as Manifest;

  it('accepts the project manifest', () => {
    expect(() => parseManifest(good)).not.toThrow();
  });

  it.each([
    [
      'an addOns.sheets section',
      (m: Manifest) => ({ ...m, addOns: { ...m.addOns, sheets: {} } }),
      /addOns\.sheets/,
    ],
    [
      'full mail access',
      (m: Manifest) => ({ ...m, oauthScopes: [...m.oauthScopes, 'https://mail.google.com/'] }),
      /oauthScopes/,
    ],
    [
      'a misspelt trigger key',
      (m: Manifest) => ({
        ...m,
        addOns: { ...m.addOns, calendar: { ...m.addOns.calendar, eventOpenTriger: {} } },
      }),
      /calendar/,
    ],
    ['another time zone', (m: Manifest) => ({ ...m, timeZone: 'UTC' }), /timeZone/],
  ] as const)('rejects %s, naming the field', (_what, mutate, field) => {
    expect(() => parseManifest(mutate(structuredClone(good)))).toThrow(field);
  });
});
