/**
 * Offline SPBE scoring for analysts and automation (Node, not part of the Apps Script bundle):
 *   npm run --silent spbe -- score --input FILE|- [--framework ID] [--year N]
 *   npm run --silent spbe -- plan --input FILE|- --target 3.5|"Sangat Baik"
 * JSON results on stdout; invalid input → exit code 2 and a message naming the field on stderr.
 */
import { UserError } from '../core/errors';
import { score } from '../core/spbe/engine';
import { type Assessment, levelsFromCsv, readAssessment } from '../core/spbe/input';
import { planToTarget } from '../core/spbe/plan-target';
import { scoreReport } from '../core/spbe/report';
import { parseCommandLine, readText, runCommand } from './command-line';

const USAGE = `Pemakaian:
  npm run --silent spbe -- score --input FILE|- [--framework ID] [--year TAHUN]
  npm run --silent spbe -- plan --input FILE|- --target 3.5|"Sangat Baik"`;

function parseInput(
  text: string,
  defaults: { framework?: string; year?: number },
): Assessment | Assessment[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new UserError(`--input: JSON tidak valid (${(error as Error).message}).`, 'input');
    }
    return Array.isArray(json)
      ? json.map((item, i) => readAssessment(item, defaults, `input[${i}]`))
      : readAssessment(json, defaults);
  }
  return readAssessment({ levels: levelsFromCsv(trimmed) }, defaults);
}

const OPTIONS = {
  input: { type: 'string' },
  framework: { type: 'string' },
  year: { type: 'string' },
  target: { type: 'string' },
} as const;

function main(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, USAGE);
  const command = positionals[0];
  if (command !== 'score' && command !== 'plan')
    throw new UserError(`perintah harus "score" atau "plan".\n${USAGE}`, 'command');
  if (!values.input)
    throw new UserError(`--input wajib diisi (berkas atau - untuk stdin).\n${USAGE}`, 'input');
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year))
    throw new UserError('--year: isi tahun seperti 2024.', 'year');
  const text = readText(values.input, '--input');

  if (command === 'score') {
    const parsed = parseInput(text, { framework: values.framework, year });
    const one = (a: Assessment) => scoreReport(score(a.framework, a.year, a.input));
    process.stdout.write(
      `${JSON.stringify(Array.isArray(parsed) ? parsed.map(one) : one(parsed))}\n`,
    );
    return 0;
  }
  if (!values.target)
    throw new UserError(
      '--target wajib diisi: indeks seperti 3.5 atau predikat seperti "Sangat Baik".',
      'target',
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(`--input: JSON tidak valid (${(error as Error).message}).`, 'input');
  }
  process.stdout.write(
    `${JSON.stringify(planToTarget(raw, values.target, { framework: values.framework, year }))}\n`,
  );
  return 0;
}

runCommand(main);
