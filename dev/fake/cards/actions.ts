/**
 * Action, OpenLink and the click behaviour buttons, images, decorated text, grids and card
 * menu items share. A clickable holds one `onClick` (`google.apps.card.v1.OnClick`): the
 * last setter wins, as the oneof in Google's proto does.
 */

import type { FakeKernel } from '../kernel';
import { Interaction, LoadIndicator, OnClose, OpenAs } from './enums';
import { CardObject, compact, enumValue, type Json, TO_JSON, text } from './shared';

export class FakeAction extends CardObject {
  private functionName: string | undefined;
  private parameters: Array<{ key: string; value: string }> = [];
  private loadIndicator: string | undefined;
  private persistValues: boolean | undefined;
  private interaction: string | undefined;
  private requiredWidgets: string[] = [];
  private allWidgetsAreRequired: boolean | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Action');
  }

  setFunctionName(functionName: string): this {
    this.enter('setFunctionName');
    this.functionName = text(this.kernel, functionName, 'Action: functionName');
    return this;
  }

  /** Google rejects non-string values here; callers must `String()` numbers themselves. */
  setParameters(parameters: Record<string, string>): this {
    this.enter('setParameters');
    if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) {
      throw this.invalid('parameters must be an object of strings');
    }
    const entries = Object.entries(parameters);
    for (const [key, value] of entries) {
      if (typeof value !== 'string') {
        throw this.invalid(`parameter "${key}" must be a string, got ${typeof value}`);
      }
    }
    this.parameters = entries.map(([key, value]) => ({ key, value }));
    return this;
  }

  setLoadIndicator(loadIndicator: string): this {
    this.enter('setLoadIndicator');
    this.loadIndicator = enumValue(this.kernel, LoadIndicator, loadIndicator, 'LoadIndicator');
    return this;
  }

  setPersistValues(persistValues: boolean): this {
    this.enter('setPersistValues');
    this.persistValues = Boolean(persistValues);
    return this;
  }

  setInteraction(interaction: string): this {
    this.enter('setInteraction');
    this.interaction = enumValue(this.kernel, Interaction, interaction, 'Interaction');
    return this;
  }

  addRequiredWidget(requiredWidget: string): this {
    this.enter('addRequiredWidget');
    this.requiredWidgets.push(text(this.kernel, requiredWidget, 'Action: requiredWidget'));
    return this;
  }

  setAllWidgetsAreRequired(allWidgetsAreRequired: boolean): this {
    this.enter('setAllWidgetsAreRequired');
    this.allWidgetsAreRequired = Boolean(allWidgetsAreRequired);
    return this;
  }

  [TO_JSON](): Json {
    if (this.functionName === undefined || this.functionName === '') {
      throw this.invalid('function name is required (setFunctionName)');
    }
    return compact({
      function: this.functionName,
      parameters: this.parameters.length > 0 ? this.parameters : undefined,
      loadIndicator: this.loadIndicator,
      persistValues: this.persistValues,
      interaction: this.interaction,
      requiredWidgets: this.requiredWidgets.length > 0 ? this.requiredWidgets : undefined,
      allWidgetsAreRequired: this.allWidgetsAreRequired,
    });
  }
}

export class FakeOpenLink extends CardObject {
  private url: string | undefined;
  private openAs: string | undefined;
  private onClose: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'OpenLink');
  }

  setUrl(url: string): this {
    this.enter('setUrl');
    this.url = text(this.kernel, url, 'OpenLink: url');
    return this;
  }

  setOpenAs(openAs: string): this {
    this.enter('setOpenAs');
    this.openAs = enumValue(this.kernel, OpenAs, openAs, 'OpenAs');
    return this;
  }

  setOnClose(onClose: string): this {
    this.enter('setOnClose');
    this.onClose = enumValue(this.kernel, OnClose, onClose, 'OnClose');
    return this;
  }

  [TO_JSON](): Json {
    if (this.url === undefined || this.url === '') throw this.invalid('url is required (setUrl)');
    return compact({ url: this.url, openAs: this.openAs, onClose: this.onClose });
  }
}

type OnClick =
  | { kind: 'action'; action: FakeAction }
  | { kind: 'openLink'; link: FakeOpenLink }
  | { kind: 'openDynamicLinkAction'; action: FakeAction };

/** Base of everything Apps Script lets you attach a click to. */
export abstract class Clickable extends CardObject {
  protected onClick: OnClick | undefined;

  setOnClickAction(action: FakeAction): this {
    this.enter('setOnClickAction');
    this.onClick = { kind: 'action', action: this.expect(action, FakeAction, 'Action') };
    return this;
  }

  setOpenLink(openLink: FakeOpenLink): this {
    this.enter('setOpenLink');
    this.onClick = { kind: 'openLink', link: this.expect(openLink, FakeOpenLink, 'OpenLink') };
    return this;
  }

  /** The callback returns an ActionResponse whose OpenLink the host then opens. */
  setOnClickOpenLinkAction(action: FakeAction): this {
    this.enter('setOnClickOpenLinkAction');
    this.onClick = {
      kind: 'openDynamicLinkAction',
      action: this.expect(action, FakeAction, 'Action'),
    };
    return this;
  }

  protected onClickJson(): Json | undefined {
    const click = this.onClick;
    if (click === undefined) return undefined;
    if (click.kind === 'openLink') return { openLink: click.link[TO_JSON]() };
    return { [click.kind]: click.action[TO_JSON]() };
  }
}
