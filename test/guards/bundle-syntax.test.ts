/** dist/Code.js must be an ES2019 script: newer syntax and import/export have failed to push. */
import * as acorn from 'acorn';
import { readDist } from '../../dev/runtime';

describe('dist/Code.js syntax', () => {
  const { code } = readDist();

  it('parses as an ES2019 script', () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  it.each([
    ['optional chaining', 'a?.b'],
    ['nullish coalescing', 'a ?? b'],
    ['an import', "import x from 'y';"],
    ['an export', 'export const a = 1;'],
  ])('rejects %s (the check itself works)', (_what, snippet) => {
    expect(() => acorn.parse(snippet, { ecmaVersion: 2019, sourceType: 'script' })).toThrow();
  });
});
