/**
 * Form inputs: TextInput (with Validation and Suggestions), SelectionInput, Switch, and the
 * three pickers, which all become one `dateTimePicker` widget with a different `type`.
 */
import type { FakeKernel } from '../kernel';
import { FakeAction } from './actions';
import { InputType, SelectionInputType, SwitchControlType } from './enums';
import {
  CardObject,
  compact,
  enumValue,
  integer,
  type Json,
  TO_JSON,
  text,
  WIDGET,
} from './shared';

/** Base of inputs: a field name (the key in `e.formInput(s)`) and an optional change action. */
abstract class FakeInput extends CardObject {
  protected fieldName: string | undefined;
  protected onChangeAction: FakeAction | undefined;

  setFieldName(fieldName: string): this {
    this.enter('setFieldName');
    this.fieldName = text(this.kernel, fieldName, `${this.className}: fieldName`);
    return this;
  }

  setOnChangeAction(action: FakeAction): this {
    this.enter('setOnChangeAction');
    this.onChangeAction = this.expect(action, FakeAction, 'Action');
    return this;
  }

  protected requireName(): string {
    if (this.fieldName === undefined || this.fieldName === '') {
      throw this.invalid('fieldName is required (setFieldName)');
    }
    return this.fieldName;
  }
}

export class FakeSwitch extends FakeInput {
  private selected: boolean | undefined;
  private value: string | undefined;
  private controlType: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Switch');
  }

  setSelected(selected: boolean): this {
    this.enter('setSelected');
    this.selected = Boolean(selected);
    return this;
  }

  setValue(value: string): this {
    this.enter('setValue');
    this.value = text(this.kernel, value, 'Switch: value');
    return this;
  }

  setControlType(type: string): this {
    this.enter('setControlType');
    this.controlType = enumValue(this.kernel, SwitchControlType, type, 'SwitchControlType');
    return this;
  }

  [TO_JSON](): Json {
    return compact({
      name: this.fieldName,
      value: this.value,
      selected: this.selected,
      onChangeAction: this.onChangeAction?.[TO_JSON](),
      controlType: this.controlType,
    });
  }
}

export class FakeValidation extends CardObject {
  private characterLimit: number | undefined;
  private inputType: string | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'Validation');
  }

  setCharacterLimit(characterLimit: number): this {
    this.enter('setCharacterLimit');
    this.characterLimit = integer(this.kernel, characterLimit, 'Validation: characterLimit', 1);
    return this;
  }

  setInputType(inputType: string): this {
    this.enter('setInputType');
    this.inputType = enumValue(this.kernel, InputType, inputType, 'InputType');
    return this;
  }

  [TO_JSON](): Json {
    return compact({ characterLimit: this.characterLimit, inputType: this.inputType });
  }
}

export class FakeSuggestions extends CardObject {
  private readonly items: string[] = [];

  constructor(kernel: FakeKernel) {
    super(kernel, 'Suggestions');
  }

  addSuggestion(suggestion: string): this {
    this.enter('addSuggestion');
    this.items.push(text(this.kernel, suggestion, 'Suggestions: suggestion'));
    return this;
  }

  addSuggestions(suggestions: string[]): this {
    this.enter('addSuggestions');
    if (!Array.isArray(suggestions)) throw this.invalid('suggestions must be an array');
    for (const s of suggestions) this.items.push(text(this.kernel, s, 'Suggestions: suggestion'));
    return this;
  }

  [TO_JSON](): Json {
    return { items: this.items.map((t) => ({ text: t })) };
  }
}

export class FakeTextInput extends FakeInput {
  readonly [WIDGET] = true;
  private title: string | undefined;
  private hint: string | undefined;
  private value: string | undefined;
  private multiline = false;
  private validation: FakeValidation | undefined;
  private suggestions: FakeSuggestions | undefined;
  private suggestionsAction: FakeAction | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'TextInput');
  }

  setTitle(title: string): this {
    this.enter('setTitle');
    this.title = text(this.kernel, title, 'TextInput: title');
    return this;
  }

  setHint(hint: string): this {
    this.enter('setHint');
    this.hint = text(this.kernel, hint, 'TextInput: hint');
    return this;
  }

  setValue(value: string): this {
    this.enter('setValue');
    this.value = text(this.kernel, value, 'TextInput: value');
    return this;
  }

  setMultiline(multiline: boolean): this {
    this.enter('setMultiline');
    this.multiline = Boolean(multiline);
    return this;
  }

  setValidation(validation: FakeValidation): this {
    this.enter('setValidation');
    this.validation = this.expect(validation, FakeValidation, 'Validation');
    return this;
  }

  setSuggestions(suggestions: FakeSuggestions): this {
    this.enter('setSuggestions');
    this.suggestions = this.expect(suggestions, FakeSuggestions, 'Suggestions');
    return this;
  }

  setSuggestionsAction(suggestionsAction: FakeAction): this {
    this.enter('setSuggestionsAction');
    this.suggestionsAction = this.expect(suggestionsAction, FakeAction, 'Action');
    return this;
  }

  [TO_JSON](): Json {
    const name = this.requireName();
    // Google's schema: "At least one of label and hintText is required".
    if (this.title === undefined && this.hint === undefined) {
      throw this.invalid('set a title or a hint');
    }
    return {
      textInput: compact({
        name,
        label: this.title,
        hintText: this.hint,
        value: this.value,
        type: this.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
        onChangeAction: this.onChangeAction?.[TO_JSON](),
        initialSuggestions: this.suggestions?.[TO_JSON](),
        autoCompleteAction: this.suggestionsAction?.[TO_JSON](),
        validation: this.validation?.[TO_JSON](),
      }),
    };
  }
}

interface SelectionItem {
  text: string;
  value: string;
  selected: boolean;
  startIconUri?: string;
  bottomText?: string;
}

export class FakeSelectionInput extends FakeInput {
  readonly [WIDGET] = true;
  private type: string = SelectionInputType.CHECK_BOX;
  private title: string | undefined;
  private readonly items: SelectionItem[] = [];
  private maxSelected: number | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'SelectionInput');
  }

  setType(type: string): this {
    this.enter('setType');
    this.type = enumValue(this.kernel, SelectionInputType, type, 'SelectionInputType');
    return this;
  }

  setTitle(title: string): this {
    this.enter('setTitle');
    this.title = text(this.kernel, title, 'SelectionInput: title');
    return this;
  }

  /** Google types text and value as Object and sends them back as strings. */
  addItem(itemText: unknown, value: unknown, selected: boolean): this {
    this.enter('addItem');
    this.items.push({
      text: text(this.kernel, itemText, 'SelectionInput: item text'),
      value: text(this.kernel, value, 'SelectionInput: item value'),
      selected: Boolean(selected),
    });
    return this;
  }

  addMultiSelectItem(
    itemText: string,
    value: string,
    selected: boolean,
    startIconUri: string,
    bottomText: string,
  ): this {
    this.enter('addMultiSelectItem');
    this.items.push({
      text: text(this.kernel, itemText, 'SelectionInput: item text'),
      value: text(this.kernel, value, 'SelectionInput: item value'),
      selected: Boolean(selected),
      startIconUri: startIconUri === undefined ? undefined : String(startIconUri),
      bottomText: bottomText === undefined ? undefined : String(bottomText),
    });
    return this;
  }

  setMultiSelectMaxSelectedItems(maxSelectedItems: number): this {
    this.enter('setMultiSelectMaxSelectedItems');
    this.maxSelected = integer(this.kernel, maxSelectedItems, 'maxSelectedItems', 1);
    return this;
  }

  [TO_JSON](): Json {
    const name = this.requireName();
    return {
      selectionInput: compact({
        name,
        label: this.title,
        type: this.type,
        items: this.items.map((item) => compact({ ...item })),
        onChangeAction: this.onChangeAction?.[TO_JSON](),
        multiSelectMaxSelectedItems: this.maxSelected,
      }),
    };
  }
}

/** What the three pickers share; `type` tells the host which picker to draw. */
abstract class FakePicker extends FakeInput {
  readonly [WIDGET] = true;
  protected title: string | undefined;
  protected valueMsEpoch: number | undefined;
  protected timezoneOffsetMins: number | undefined;

  constructor(
    kernel: FakeKernel,
    className: string,
    private readonly pickerType: 'DATE_AND_TIME' | 'DATE_ONLY' | 'TIME_ONLY',
  ) {
    super(kernel, className);
  }

  setTitle(title: string): this {
    this.enter('setTitle');
    this.title = text(this.kernel, title, `${this.className}: title`);
    return this;
  }

  protected epochMs(value: unknown): number {
    const ms = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof ms !== 'number' || !Number.isFinite(ms)) {
      throw this.invalid('valueMsEpoch must be a number of milliseconds');
    }
    return Math.trunc(ms);
  }

  [TO_JSON](): Json {
    return {
      dateTimePicker: compact({
        name: this.requireName(),
        label: this.title,
        type: this.pickerType,
        valueMsEpoch: this.valueMsEpoch,
        timezoneOffsetDate: this.timezoneOffsetMins,
        onChangeAction: this.onChangeAction?.[TO_JSON](),
      }),
    };
  }
}

export class FakeDateTimePicker extends FakePicker {
  constructor(kernel: FakeKernel) {
    super(kernel, 'DateTimePicker', 'DATE_AND_TIME');
  }

  setValueInMsSinceEpoch(valueMsEpoch: number | string): this {
    this.enter('setValueInMsSinceEpoch');
    this.valueMsEpoch = this.epochMs(valueMsEpoch);
    return this;
  }

  setTimeZoneOffsetInMins(timeZoneOffsetMins: number): this {
    this.enter('setTimeZoneOffsetInMins');
    this.timezoneOffsetMins = integer(this.kernel, timeZoneOffsetMins, 'timeZoneOffsetMins', -1440);
    return this;
  }
}

export class FakeDatePicker extends FakePicker {
  constructor(kernel: FakeKernel) {
    super(kernel, 'DatePicker', 'DATE_ONLY');
  }

  setValueInMsSinceEpoch(valueMsEpoch: number | string): this {
    this.enter('setValueInMsSinceEpoch');
    this.valueMsEpoch = this.epochMs(valueMsEpoch);
    return this;
  }
}

/**
 * For TIME_ONLY the card JSON's `valueMsEpoch` is the time of day in ms after 00:00 UTC
 * (Google: "to represent 12:00 PM, use 43200000"), so hours and minutes fold into it.
 */
export class FakeTimePicker extends FakePicker {
  private hours: number | undefined;
  private minutes: number | undefined;

  constructor(kernel: FakeKernel) {
    super(kernel, 'TimePicker', 'TIME_ONLY');
  }

  setHours(hours: number): this {
    this.enter('setHours');
    this.hours = integer(this.kernel, hours, 'TimePicker: hours');
    if (this.hours > 23) throw this.invalid('hours must be 0-23');
    this.fold();
    return this;
  }

  setMinutes(minutes: number): this {
    this.enter('setMinutes');
    this.minutes = integer(this.kernel, minutes, 'TimePicker: minutes');
    if (this.minutes > 59) throw this.invalid('minutes must be 0-59');
    this.fold();
    return this;
  }

  private fold(): void {
    this.valueMsEpoch = ((this.hours ?? 0) * 60 + (this.minutes ?? 0)) * 60_000;
  }
}
