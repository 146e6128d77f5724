/**
 * HtmlService serves one HTML file and cannot load local scripts or stylesheets, so the
 * sidebar's TypeScript and CSS are bundled and inlined into dist/Sidebar.html.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function buildSidebarHtml(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  const script = result.outputFiles[0]?.text ?? '';
  const style = readFileSync(join(root, 'sidebar/style.css'), 'utf8');
  const template = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  // A literal "</script" inside the inlined code would end the script element early.
  const safeScript = script.replace(/<\/script/gi, '<\\/script');
  return template
    .replace('/*STYLE*/', () => style.trim())
    .replace('/*SCRIPT*/', () => safeScript.trim());
}
