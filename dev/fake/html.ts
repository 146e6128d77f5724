/**
 * Fake HtmlService: HtmlOutput, project HTML files and templates with scriptlets. Files are
 * given to the constructor by their Apps Script name (no `.html`), as the build produces
 * them. Template code runs through `new Function` in this (host) realm, which is fine for a
 * dev fake; printing scriptlets HTML-escape with the project's own `escapeHtml`, but without
 * Google's contextual escaping inside `<script>` or attributes.
 */
import { escapeHtml } from '../../src/core/text/html';
import type { FakeKernel, Persistent } from './kernel';
import { htmlToText, textPdf } from './pdf';
import { FakeBlob } from './script/blob';

const SandboxMode = Object.freeze({
  EMULATED: 'EMULATED',
  IFRAME: 'IFRAME',
  NATIVE: 'NATIVE',
} as const);
const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const);

/** Google's list for `addMetaTag`; other names are rejected. */
const META_TAGS = new Set([
  'apple-mobile-web-app-capable',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
]);

/** What a test or the preview may read back from an HtmlOutput without counting calls. */
export interface HtmlOutputState {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  faviconUrl: string | null;
  metaTags: Array<{ name: string; content: string }>;
}

const STATE = Symbol('htmlOutputState');

class FakeHtmlOutputMetaTag {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly tag: { name: string; content: string },
  ) {}

  getName(): string {
    this.kernel.call('HtmlOutputMetaTag.getName');
    return this.tag.name;
  }

  getContent(): string {
    this.kernel.call('HtmlOutputMetaTag.getContent');
    return this.tag.content;
  }
}

export class FakeHtmlOutput {
  readonly [STATE]: HtmlOutputState;

  constructor(
    private readonly kernel: FakeKernel,
    private readonly service: FakeHtmlService,
    content: string,
  ) {
    this[STATE] = {
      content,
      title: '',
      width: null,
      height: null,
      sandboxMode: SandboxMode.IFRAME,
      xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
      faviconUrl: null,
      metaTags: [],
    };
  }

  getContent(): string {
    this.kernel.call('HtmlOutput.getContent');
    return this[STATE].content;
  }

  getBlob(): FakeBlob {
    this.kernel.call('HtmlOutput.getBlob');
    return new FakeBlob(
      this.kernel,
      Buffer.from(this[STATE].content, 'utf8'),
      'text/html',
      this.fileName('html'),
    );
  }

  /** Only PDF, the conversion Google documents for HTML; the fake's PDF holds the text. */
  getAs(contentType: string): FakeBlob {
    this.kernel.call('HtmlOutput.getAs');
    if (contentType !== 'application/pdf') {
      throw this.kernel.error(
        'INVALID_ARGUMENT',
        `Converting from text/html to ${contentType} is not supported.`,
      );
    }
    return new FakeBlob(
      this.kernel,
      textPdf(htmlToText(this[STATE].content)),
      'application/pdf',
      this.fileName('pdf'),
    );
  }

  /** Google names the blob after the output's title. */
  private fileName(extension: string): string {
    return `${this[STATE].title || 'Untitled'}.${extension}`;
  }

  setContent(content: string): this {
    this.kernel.call('HtmlOutput.setContent');
    this[STATE].content = asText(content);
    return this;
  }

  append(addedContent: string): this {
    this.kernel.call('HtmlOutput.append');
    this[STATE].content += asText(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this.kernel.call('HtmlOutput.appendUntrusted');
    this[STATE].content += escapeHtml(asText(addedContent));
    return this;
  }

  clear(): this {
    this.kernel.call('HtmlOutput.clear');
    this[STATE].content = '';
    return this;
  }

  asTemplate(): FakeHtmlTemplate {
    this.kernel.call('HtmlOutput.asTemplate');
    return this.service.template(this[STATE].content);
  }

  getTitle(): string {
    this.kernel.call('HtmlOutput.getTitle');
    return this[STATE].title;
  }

  setTitle(title: string): this {
    this.kernel.call('HtmlOutput.setTitle');
    this[STATE].title = asText(title);
    return this;
  }

  getWidth(): number | null {
    this.kernel.call('HtmlOutput.getWidth');
    return this[STATE].width;
  }

  setWidth(width: number): this {
    this.kernel.call('HtmlOutput.setWidth');
    this[STATE].width = this.pixels(width, 'width');
    return this;
  }

  getHeight(): number | null {
    this.kernel.call('HtmlOutput.getHeight');
    return this[STATE].height;
  }

  setHeight(height: number): this {
    this.kernel.call('HtmlOutput.setHeight');
    this[STATE].height = this.pixels(height, 'height');
    return this;
  }

  /** Google now always uses IFRAME; the mode is still validated and remembered. */
  setSandboxMode(mode: string): this {
    this.kernel.call('HtmlOutput.setSandboxMode');
    this[STATE].sandboxMode = this.member(SandboxMode, mode, 'SandboxMode');
    return this;
  }

  setXFrameOptionsMode(mode: string): this {
    this.kernel.call('HtmlOutput.setXFrameOptionsMode');
    this[STATE].xFrameOptionsMode = this.member(XFrameOptionsMode, mode, 'XFrameOptionsMode');
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.kernel.call('HtmlOutput.addMetaTag');
    if (!META_TAGS.has(name)) {
      throw this.kernel.error('INVALID_ARGUMENT', `meta tag "${String(name)}" is not allowed`);
    }
    this[STATE].metaTags.push({ name, content: asText(content) });
    return this;
  }

  getMetaTags(): FakeHtmlOutputMetaTag[] {
    this.kernel.call('HtmlOutput.getMetaTags');
    return this[STATE].metaTags.map((tag) => new FakeHtmlOutputMetaTag(this.kernel, tag));
  }

  getFaviconUrl(): string | null {
    this.kernel.call('HtmlOutput.getFaviconUrl');
    return this[STATE].faviconUrl;
  }

  setFaviconUrl(iconUrl: string): this {
    this.kernel.call('HtmlOutput.setFaviconUrl');
    this[STATE].faviconUrl = asText(iconUrl);
    return this;
  }

  /** An enum argument must be one of the enum's values; the error names the enum. */
  private member(values: Readonly<Record<string, string>>, value: string, what: string): string {
    if (!Object.values(values).includes(value)) {
      throw this.kernel.error('INVALID_ARGUMENT', `${what}: ${String(value)}`);
    }
    return value;
  }

  private pixels(value: unknown, what: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw this.kernel.error('INVALID_ARGUMENT', `${what} must be a whole number of pixels`);
    }
    return value;
  }
}

function asText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Accepts an HTML string or anything with `getDataAsString()` (Blob, BlobSource's blob). */
function sourceText(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const blob = value as { getDataAsString?: () => string; getBlob?: () => unknown };
    if (typeof blob.getDataAsString === 'function') return blob.getDataAsString();
    if (typeof blob.getBlob === 'function') return sourceText(blob.getBlob());
  }
  return asText(value);
}

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

/**
 * Template source → function body. Literal text and `<?!= ?>` go out as is, `<?= ?>` is
 * escaped, `<? ?>` is pasted in as code, so loops and ifs may span several scriptlets.
 */
export function compileTemplate(source: string): string {
  const lines: string[] = [];
  let last = 0;
  for (const match of source.matchAll(SCRIPTLET)) {
    const at = match.index ?? 0;
    if (at > last) lines.push(`__raw(${JSON.stringify(source.slice(last, at))});`);
    const kind = match[1];
    let code = (match[2] ?? '').trim();
    // A trailing `;` in a printing scriptlet would break the call it is wrapped in.
    if (kind !== undefined) code = code.replace(/;\s*$/, '');
    if (kind === '=') lines.push(`__print(${code});`);
    else if (kind === '!=') lines.push(`__raw(${code});`);
    else lines.push(code);
    last = at + match[0].length;
  }
  if (last < source.length) lines.push(`__raw(${JSON.stringify(source.slice(last))});`);
  return lines.join('\n');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export ' +
    'extends false finally for function if import in instanceof new null return super ' +
    'switch this throw true try typeof var void while with yield let static await ' +
    'arguments eval output __raw __print'
  ).split(' '),
);

/** Template properties become scriptlet variables; the four methods are Google's. */
export type FakeHtmlTemplate = { [property: string]: unknown } & {
  evaluate(): FakeHtmlOutput;
  getCode(): string;
  getCodeWithComments(): string;
  getRawContent(): string;
};

export interface FakeHtmlServiceGlobal {
  readonly SandboxMode: typeof SandboxMode;
  readonly XFrameOptionsMode: typeof XFrameOptionsMode;
  createHtmlOutput(html?: unknown): FakeHtmlOutput;
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput;
  createTemplate(html: unknown): FakeHtmlTemplate;
  createTemplateFromFile(filename: string): FakeHtmlTemplate;
  getUserAgent(): string;
}

export class FakeHtmlService implements Persistent<Record<string, never>> {
  private readonly service: FakeHtmlServiceGlobal;
  private readonly files: Map<string, string>;

  /**
   * `scope` lists names template code may use besides the template's own properties, such
   * as the project's top-level functions (`include(...)`), which Google's templates see.
   */
  constructor(
    private readonly kernel: FakeKernel,
    files: Record<string, string> = {},
    private readonly scope: () => Record<string, unknown> = () => ({}),
  ) {
    this.files = new Map(Object.entries(files));
    this.service = Object.freeze({
      SandboxMode,
      XFrameOptionsMode,
      createHtmlOutput: (html?: unknown) => {
        kernel.call('HtmlService.createHtmlOutput');
        return new FakeHtmlOutput(kernel, this, sourceText(html));
      },
      createHtmlOutputFromFile: (filename: string) => {
        kernel.call('HtmlService.createHtmlOutputFromFile');
        return new FakeHtmlOutput(kernel, this, this.file(filename));
      },
      createTemplate: (html: unknown) => {
        kernel.call('HtmlService.createTemplate');
        return this.template(sourceText(html));
      },
      createTemplateFromFile: (filename: string) => {
        kernel.call('HtmlService.createTemplateFromFile');
        return this.template(this.file(filename));
      },
      getUserAgent: () => {
        kernel.call('HtmlService.getUserAgent');
        return 'Mozilla/5.0 (FakeWorkspace) AppleWebKit/537.36 (KHTML, like Gecko)';
      },
    });
  }

  globals(): { HtmlService: FakeHtmlServiceGlobal } {
    return { HtmlService: this.service };
  }

  snapshot(): Record<string, never> {
    return {};
  }

  restore(_state: Record<string, never>): void {}

  /** Apps Script also finds `Index` when asked for `Index.html`. */
  private file(filename: unknown): string {
    const name = asText(filename);
    const found = this.files.get(name) ?? this.files.get(name.replace(/\.html$/i, ''));
    if (found === undefined) {
      const error = this.kernel.error('NOT_FOUND', `HTML file ${name}`);
      error.message = `No HTML file named ${name} was found.`;
      throw error;
    }
    return found;
  }

  /**
   * A template is a plain object: properties the code assigns become variables in the
   * scriptlets, so the methods are non-enumerable to keep them out of that list.
   */
  template(source: string): FakeHtmlTemplate {
    const kernel = this.kernel;
    const template = {} as FakeHtmlTemplate;
    const code = compileTemplate(source);
    const methods = {
      evaluate: () => {
        kernel.call('HtmlTemplate.evaluate');
        return new FakeHtmlOutput(kernel, this, this.run(code, template));
      },
      getCode: () => {
        kernel.call('HtmlTemplate.getCode');
        return code;
      },
      getCodeWithComments: () => {
        kernel.call('HtmlTemplate.getCodeWithComments');
        return `// compiled by the fake HtmlService\n${code}`;
      },
      getRawContent: () => {
        kernel.call('HtmlTemplate.getRawContent');
        return source;
      },
    };
    for (const [name, fn] of Object.entries(methods)) {
      Object.defineProperty(template, name, { value: fn, enumerable: false, writable: true });
    }
    return template;
  }

  private run(code: string, template: Record<string, unknown>): string {
    const vars: Record<string, unknown> = { ...this.scope(), ...template };
    const names = Object.keys(vars).filter((n) => IDENTIFIER.test(n) && !RESERVED.has(n));
    let html = '';
    const raw = (value: unknown) => {
      html += asText(value);
    };
    const print = (value: unknown) => {
      html += escapeHtml(asText(value));
    };
    // Scriptlets may call output.append(...) like Google's generated code allows.
    const output = {
      append: (value: unknown) => raw(value),
      appendUntrusted: (value: unknown) => print(value),
    };
    let fn: (...args: unknown[]) => void;
    try {
      fn = new Function('__raw', '__print', 'output', ...names, code) as typeof fn;
    } catch (e) {
      throw this.kernel.error('INVALID_ARGUMENT', `template: ${(e as Error).message}`);
    }
    fn(raw, print, output, ...names.map((n) => vars[n]));
    return html;
  }
}

/** The state behind an HtmlOutput made by this fake, for tests and the preview server. */
export function inspectHtmlOutput(output: unknown): HtmlOutputState {
  if (!(output instanceof FakeHtmlOutput)) {
    throw new Error('inspectHtmlOutput: expected an HtmlOutput from the fake HtmlService');
  }
  const state = output[STATE];
  return { ...state, metaTags: state.metaTags.map((t) => ({ ...t })) };
}
