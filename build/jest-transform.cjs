// Jest runs TypeScript through esbuild (the same compiler as the bundle): fast, no ts-jest.
// Type errors are caught by `npm run typecheck`, which `npm test` runs first.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code: result.code };
  },
};
