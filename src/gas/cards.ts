/**
 * The one adapter from card models (src/ui/cards/model.ts) to CardService. Everything the
 * add-ons show passes through here, so the models stay testable without Google.
 */
import type {
  ActionResult,
  Button,
  Card,
  DraftUpdate,
  OnClick,
  Section,
  Widget,
} from '../ui/cards/model';

type CS = typeof CardService;

function applyOnClick<
  T extends {
    setOnClickAction(a: GoogleAppsScript.Card_Service.Action): T;
    setOpenLink(l: GoogleAppsScript.Card_Service.OpenLink): T;
  },
>(target: T, onClick: OnClick): T {
  if ('openLink' in onClick)
    return target.setOpenLink(CardService.newOpenLink().setUrl(onClick.openLink.url));
  const action = CardService.newAction().setFunctionName(onClick.action.function);
  const params = onClick.action.parameters ?? [];
  if (params.length > 0)
    action.setParameters(Object.fromEntries(params.map((p) => [p.key, p.value])));
  if (onClick.action.loadIndicator)
    action.setLoadIndicator(CardService.LoadIndicator[onClick.action.loadIndicator]);
  if (onClick.action.persistValues !== undefined)
    action.setPersistValues(onClick.action.persistValues);
  return target.setOnClickAction(action);
}

function button(model: Button): GoogleAppsScript.Card_Service.TextButton {
  const b = applyOnClick(CardService.newTextButton().setText(model.text), model.onClick);
  return model.disabled ? b.setDisabled(true) : b;
}

function widget(model: Widget): GoogleAppsScript.Card_Service.Widget {
  if ('textParagraph' in model)
    return CardService.newTextParagraph().setText(model.textParagraph.text);
  if ('decoratedText' in model) {
    const d = model.decoratedText;
    const w = CardService.newDecoratedText()
      .setText(d.text)
      .setWrapText(d.wrapText ?? false);
    if (d.topLabel) w.setTopLabel(d.topLabel);
    if (d.bottomLabel) w.setBottomLabel(d.bottomLabel);
    return w;
  }
  if ('buttonList' in model) {
    const set = CardService.newButtonSet();
    for (const b of model.buttonList.buttons) set.addButton(button(b));
    return set;
  }
  if ('textInput' in model) {
    const t = model.textInput;
    const w = CardService.newTextInput().setFieldName(t.name).setTitle(t.label);
    if (t.value !== undefined) w.setValue(t.value);
    if (t.hintText) w.setHint(t.hintText);
    if (t.type === 'MULTIPLE_LINE') w.setMultiline(true);
    return w;
  }
  if ('selectionInput' in model) {
    const s = model.selectionInput;
    const w = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType[s.type])
      .setFieldName(s.name)
      .setTitle(s.label);
    for (const item of s.items) w.addItem(item.text, item.value, item.selected);
    return w;
  }
  if ('dateTimePicker' in model) return picker(model.dateTimePicker);
  return CardService.newDivider();
}

/** Google has one picker widget in its JSON but three builders, one per type. */
function picker(
  model: Extract<Widget, { dateTimePicker: unknown }>['dateTimePicker'],
): GoogleAppsScript.Card_Service.Widget {
  const value = model.valueMsEpoch;
  if (model.type === 'TIME_ONLY') {
    const w = CardService.newTimePicker().setFieldName(model.name).setTitle(model.label);
    if (value !== undefined) {
      const minutes = ((Math.floor(value / 60_000) % 1440) + 1440) % 1440;
      w.setHours(Math.floor(minutes / 60)).setMinutes(minutes % 60);
    }
    return w;
  }
  if (model.type === 'DATE_ONLY') {
    const w = CardService.newDatePicker().setFieldName(model.name).setTitle(model.label);
    if (value !== undefined) w.setValueInMsSinceEpoch(value);
    return w;
  }
  const w = CardService.newDateTimePicker().setFieldName(model.name).setTitle(model.label);
  if (value !== undefined) w.setValueInMsSinceEpoch(value);
  if (model.timezoneOffsetDate !== undefined) w.setTimeZoneOffsetInMins(model.timezoneOffsetDate);
  return w;
}

function section(model: Section): GoogleAppsScript.Card_Service.CardSection {
  const s = CardService.newCardSection();
  if (model.header) s.setHeader(model.header);
  if (model.collapsible) s.setCollapsible(true);
  if (model.uncollapsibleWidgetsCount !== undefined)
    s.setNumUncollapsibleWidgets(model.uncollapsibleWidgetsCount);
  for (const w of model.widgets) s.addWidget(widget(w));
  return s;
}

export function renderCard(model: Card): GoogleAppsScript.Card_Service.Card {
  const header = CardService.newCardHeader().setTitle(model.header.title);
  if (model.header.subtitle) header.setSubtitle(model.header.subtitle);
  const builder = CardService.newCardBuilder().setHeader(header);
  if (model.name) builder.setName(model.name);
  for (const s of model.sections) builder.addSection(section(s));
  if (model.fixedFooter) {
    const footer = CardService.newFixedFooter().setPrimaryButton(
      button(model.fixedFooter.primaryButton),
    );
    if (model.fixedFooter.secondaryButton)
      footer.setSecondaryButton(button(model.fixedFooter.secondaryButton));
    builder.setFixedFooter(footer);
  }
  return builder.build();
}

export function renderActionResult(
  result: ActionResult,
): GoogleAppsScript.Card_Service.ActionResponse {
  const response = CardService.newActionResponseBuilder();
  if (result.notification)
    response.setNotification(CardService.newNotification().setText(result.notification));
  const nav = result.navigation;
  if (nav) {
    const navigation = CardService.newNavigation();
    if ('pushCard' in nav) navigation.pushCard(renderCard(nav.pushCard));
    else if ('updateCard' in nav) navigation.updateCard(renderCard(nav.updateCard));
    else navigation.popCard();
    response.setNavigation(navigation);
  }
  return response.build();
}

export function renderUniversalCards(
  cards: readonly Card[],
): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return CardService.newUniversalActionResponseBuilder()
    .displayAddOnCards(cards.map(renderCard))
    .build();
}

export function renderDraftUpdate(
  update: DraftUpdate,
): GoogleAppsScript.Card_Service.UpdateDraftActionResponse {
  const cs: CS = CardService;
  const builder = cs
    .newUpdateDraftActionResponseBuilder()
    .setUpdateDraftSubjectAction(cs.newUpdateDraftSubjectAction().addUpdateSubject(update.subject))
    .setUpdateDraftBodyAction(
      cs
        .newUpdateDraftBodyAction()
        .addUpdateContent(update.htmlBody, cs.ContentType.MUTABLE_HTML)
        .setUpdateType(cs.UpdateDraftBodyType.IN_PLACE_INSERT),
    );
  // An empty list would clear what the user already addressed: only a known list replaces it.
  if (update.to?.length)
    builder.setUpdateDraftToRecipientsAction(
      cs.newUpdateDraftToRecipientsAction().addUpdateToRecipients([...update.to]),
    );
  if (update.cc?.length)
    builder.setUpdateDraftCcRecipientsAction(
      cs.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients([...update.cc]),
    );
  return builder.build();
}
