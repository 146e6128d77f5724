/**
 * Writes src/core/workdays/seed-id.ts from date-holidays; with --check, only compares and
 * exits 1 when the committed file differs (e.g. after a package upgrade).
 *
 *   npx tsx build/holidays/generate.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSeed } from './indonesia';

const TARGET = join(__dirname, '../../src/core/workdays/seed-id.ts');

const source = renderSeed();
if (process.argv.includes('--check')) {
  const current = readFileSync(TARGET, 'utf8');
  if (current !== source) {
    console.error('src/core/workdays/seed-id.ts is out of date: run build/holidays/generate.ts');
    process.exit(1);
  }
  console.log('seed-id.ts is up to date');
} else {
  writeFileSync(TARGET, source);
  console.log(`wrote ${TARGET} (${source.length} bytes)`);
}
