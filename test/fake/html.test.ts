import vm from 'node:vm';
import { FakeHtmlService, inspectHtmlOutput } from '../../dev/fake/html';
import { FakeKernel } from '../../dev/fake/kernel';

function setup(files: Record<string, string> = {}, scope?: () => Record<string, unknown>) {
  const kernel = new FakeKernel();
  const { HtmlService } = new FakeHtmlService(kernel, files, scope).globals();
  return { kernel, HtmlService };
}

describe('fake HtmlService: HtmlOutput', () => {
  it('holds content, title, size, modes, meta tags and favicon', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .appendUntrusted('<script>x</script>')
      .setTitle('SPBE')
      .setWidth(300)
      .setHeight(600)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width, initial-scale=1')
      .setFaviconUrl('https://example.com/f.png');
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;x&lt;/script&gt;');
    expect(out.getTitle()).toBe('SPBE');
    expect(out.getWidth()).toBe(300);
    expect(out.getHeight()).toBe(600);
    expect(out.getFaviconUrl()).toBe('https://example.com/f.png');
    const [tag] = out.getMetaTags();
    expect([tag?.getName(), tag?.getContent()]).toEqual([
      'viewport',
      'width=device-width, initial-scale=1',
    ]);
    expect(inspectHtmlOutput(out)).toEqual({
      content: '<p>a</p><p>b</p>&lt;script&gt;x&lt;/script&gt;',
      title: 'SPBE',
      width: 300,
      height: 600,
      sandboxMode: 'IFRAME',
      xFrameOptionsMode: 'ALLOWALL',
      faviconUrl: 'https://example.com/f.png',
      metaTags: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
    });
    expect(out.setContent('x').getContent()).toBe('x');
    expect(out.clear().getContent()).toBe('');
  });

  it('starts empty and reads blobs', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
    expect(HtmlService.createHtmlOutput({ getDataAsString: () => '<i>b</i>' }).getContent()).toBe(
      '<i>b</i>',
    );
  });

  it('rejects unknown modes, meta tags and sizes', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('');
    expect(() => out.setSandboxMode('SAFE')).toThrow('Invalid argument: SandboxMode: SAFE');
    expect(() => out.setXFrameOptionsMode('DENY')).toThrow(/XFrameOptionsMode: DENY/);
    expect(() => out.addMetaTag('description', 'x')).toThrow(/not allowed/);
    expect(() => out.setWidth(-1)).toThrow(/whole number of pixels/);
  });
});

describe('fake HtmlService: files', () => {
  it('serves project files by name, with or without .html, without evaluating them', () => {
    const { HtmlService } = setup({ Sidebar: '<h1><?= title ?></h1>' });
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe(
      '<h1><?= title ?></h1>',
    );
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe(
      '<h1><?= title ?></h1>',
    );
  });

  it('fails like Google for a missing file, even one named like an Object method', () => {
    const { HtmlService } = setup({ Sidebar: '' });
    for (const name of ['Dialog', 'constructor']) {
      try {
        HtmlService.createHtmlOutputFromFile(name);
        throw new Error('expected an error');
      } catch (e) {
        expect((e as Error).name).toBe('Exception');
        expect((e as Error).message).toBe(`No HTML file named ${name} was found.`);
      }
    }
    expect(() => HtmlService.createTemplateFromFile('Dialog')).toThrow(
      'No HTML file named Dialog was found.',
    );
  });
});

describe('fake HtmlService: templates', () => {
  it('escapes printing scriptlets, keeps force-printing ones raw, runs code scriptlets', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate(
      '<h1><?= title ?></h1><?!= raw ?><ul><? for (const u of units) { ?><li><?= u ?></li><? } ?></ul>',
    );
    t.title = '<script>alert("x")</script> & \'co\'';
    t.raw = '<b>tebal</b>';
    t.units = ['A&B', '<C>'];
    expect(t.evaluate().getContent()).toBe(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</h1>' +
        '<b>tebal</b><ul><li>A&amp;B</li><li>&lt;C&gt;</li></ul>',
    );
  });

  it('prints nothing for null or undefined and tolerates a trailing semicolon', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('[<?= missing ?>][<?= 1 + 1; ?>][<?!= nothing; ?>]');
    t.missing = undefined;
    t.nothing = null;
    expect(t.evaluate().getContent()).toBe('[][2][]');
  });

  it('lets scriptlets call output.append and outside functions from the scope', () => {
    const files = {
      Style: '<style>b{}</style>',
      Page: '<?!= include("Style") ?><? output.append("<hr>"); output.appendUntrusted("<x>") ?>',
    };
    const { HtmlService } = setup(files, () => ({
      include: (name: string) => HtmlService.createHtmlOutputFromFile(name).getContent(),
    }));
    expect(HtmlService.createTemplateFromFile('Page').evaluate().getContent()).toBe(
      '<style>b{}</style><hr>&lt;x&gt;',
    );
  });

  it('shows source and code, and keeps its methods out of the template variables', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('a<?= b ?>');
    expect(Object.keys(t)).toEqual([]);
    expect(t.getRawContent()).toBe('a<?= b ?>');
    expect(t.getCode()).toBe('__raw("a");\n__print(b);');
    expect(() => t.evaluate()).toThrow(/b is not defined/);
  });

  it('reports template syntax errors as invalid arguments', () => {
    const { HtmlService } = setup();
    expect(() => HtmlService.createTemplate('<? if ( ?>').evaluate()).toThrow(
      /^Invalid argument: template:/,
    );
  });

  it('turns an HtmlOutput back into a template', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createHtmlOutput('<?= x ?>!').asTemplate();
    t.x = 'ok';
    expect(t.evaluate().getContent()).toBe('ok!');
  });

  it('works when called from a node:vm realm', () => {
    const { HtmlService } = setup({ Index: '<p><?= name ?></p>' });
    const html = vm.runInContext(
      `var t = HtmlService.createTemplateFromFile('Index'); t.name = '<Ani>'; t.evaluate().getContent()`,
      vm.createContext({ HtmlService }),
    );
    expect(html).toBe('<p>&lt;Ani&gt;</p>');
  });
});

describe('fake HtmlService: kernel', () => {
  it('counts calls and injects faults', () => {
    const { kernel, HtmlService } = setup();
    HtmlService.createTemplate('x').evaluate().getContent();
    expect(kernel.counters()).toEqual({
      'HtmlOutput.getContent': 1,
      'HtmlService.createTemplate': 1,
      'HtmlTemplate.evaluate': 1,
    });
    kernel.injectFault({ method: 'HtmlTemplate.evaluate', nth: 1, error: 'TIMEOUT' });
    expect(() => HtmlService.createTemplate('x').evaluate()).toThrow(
      'Exceeded maximum execution time',
    );
  });

  it('has no state to save', () => {
    const service = new FakeHtmlService(new FakeKernel(), {});
    expect(service.snapshot()).toEqual({});
    expect(() => service.restore({})).not.toThrow();
  });
});
