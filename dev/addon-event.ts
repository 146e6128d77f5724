/**
 * The event object Google passes to a card action: its parameters and the form inputs in
 * `commonEventObject` shape (text and selections as `stringInputs`, pickers as
 * `dateTimeInput` with msSinceEpoch as a string, as Calendar sends it). Tests and the
 * preview's demo data drive the add-on with it.
 */
export type FormInput = string | readonly string[] | number;

export function addOnEvent(
  host: 'calendar' | 'gmail',
  parameters: Record<string, string>,
  inputs: Record<string, FormInput> = {},
) {
  const formInputs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(inputs)) {
    formInputs[name] =
      typeof value === 'number'
        ? { dateTimeInput: { msSinceEpoch: String(value), hasDate: true, hasTime: true } }
        : { stringInputs: { value: typeof value === 'string' ? [value] : [...value] } };
  }
  return {
    hostApp: host,
    commonEventObject: { hostApp: host.toUpperCase(), parameters, formInputs },
  };
}
