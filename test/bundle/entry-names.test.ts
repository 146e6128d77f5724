/**
 * Apps Script calls functions by name from many places: the manifest, menus, card actions,
 * google.script.run and triggers. Every such name must be a top-level function of the built
 * Code.js — renaming an entry function without updating a reference fails here.
 */
import { manifestFunctionNames, parseManifest } from '../../build/manifest';
import { ADMIN, actionFunctions, loadBundle, printed, sheetsApp } from './harness';
import { runSidebar } from './sidebar-dom';

describe('names Apps Script calls are top-level functions of dist/Code.js', () => {
  it('evaluates in a bare context without Node globals leaking in', () => {
    const { runtime } = loadBundle();
    const leaked = [
      'require',
      'process',
      'module',
      'exports',
      'Buffer',
      'setTimeout',
      '__dirname',
    ].filter((name) => runtime.context[name] !== undefined);
    expect(leaked).toEqual([]);
  });

  it('covers every function the manifest names', () => {
    const { runtime, dist } = loadBundle();
    const missing = manifestFunctionNames(parseManifest(dist.manifest)).filter(
      (n) => !runtime.isTopLevelFunction(n),
    );
    expect(missing).toEqual([]);
  });

  it('covers every menu item', () => {
    const { runtime, workspace } = loadBundle();
    const book = sheetsApp(workspace).create('Penilaian SPBE 2026');
    workspace.spreadsheets.setActive(book.getId());
    runtime.run('onOpen', { authMode: 'NONE' });
    const items = workspace.spreadsheets.menus().flatMap((m) => m.items);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => !runtime.isTopLevelFunction(i.functionName))).toEqual([]);
  });

  it('covers every card action of every card, before and after setup', () => {
    const { runtime } = loadBundle();
    const cards = () => [
      printed(runtime.run('homepage', { hostApp: 'gmail' })),
      printed(runtime.run('homepage', { hostApp: 'calendar' })),
      printed(runtime.run('universalSettings', { hostApp: 'gmail' })),
      printed(runtime.run('gmailComposeOpen', { hostApp: 'gmail' })),
    ];
    const before = cards().flatMap(actionFunctions);
    runtime.run('setup');
    const after = cards().flatMap(actionFunctions);
    expect(before).toContain('actionRunSetup');
    expect(after).toContain('actionShowSettings');
    expect([...before, ...after].filter((n) => !runtime.isTopLevelFunction(n))).toEqual([]);
  });

  it('covers every installed trigger handler', () => {
    const { runtime, workspace } = loadBundle();
    runtime.run('setup');
    const handlers = workspace.triggers.all().map((t) => t.handler);
    expect(handlers.length).toBeGreaterThan(0);
    expect(handlers.filter((h) => !runtime.isTopLevelFunction(h))).toEqual([]);
  });

  it('covers every google.script.run call the shipped sidebar makes, and shows the answer', async () => {
    const { runtime, dist } = loadBundle();
    runtime.run('setup');
    const sidebar = runSidebar(dist.sidebar, runtime);
    await sidebar.settle();
    expect(sidebar.calls.length).toBeGreaterThan(0);
    expect(sidebar.calls.filter((n) => !runtime.isTopLevelFunction(n))).toEqual([]);
    const content = sidebar.elements.get('isi');
    expect(content?.hidden).toBe(false);
    expect(content?.innerHTML).toContain(ADMIN);
    expect(content?.innerHTML).toContain('Admin Sistem');
  });
});
