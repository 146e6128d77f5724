/**
 * CardService enums. Google's enum values are objects whose `toString()` is the name; plain
 * name strings behave the same in comparisons and string contexts and are what the card
 * JSON carries, so the fake uses them directly.
 */
const names = <const K extends string>(...keys: K[]): Readonly<{ [P in K]: P }> =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P });

export const TextButtonStyle = names('OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS');
export const ContentType = names('TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML');
export const UpdateDraftBodyType = names('IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END');
export const SelectionInputType = names(
  'CHECK_BOX',
  'RADIO_BUTTON',
  'DROPDOWN',
  'SWITCH',
  'MULTI_SELECT',
);
export const SwitchControlType = names('SWITCH', 'CHECK_BOX');
export const LoadIndicator = names('SPINNER', 'NONE');
export const OpenAs = names('FULL_SIZE', 'OVERLAY');
export const OnClose = names('NOTHING', 'RELOAD', 'RELOAD_ADD_ON');
export const ImageStyle = names('SQUARE', 'CIRCLE');
export const ImageCropType = names('SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3');
export const DisplayStyle = names('PEEK', 'REPLACE');
export const GridItemLayout = names('TEXT_BELOW', 'TEXT_ABOVE');
export const HorizontalAlignment = names('START', 'CENTER', 'END');
export const BorderType = names('NO_BORDER', 'STROKE');
export const InputType = names('TEXT', 'INTEGER', 'FLOAT', 'EMAIL');
export const Interaction = names('INTERACTION_UNSPECIFIED', 'OPEN_DIALOG');
export const ComposedEmailType = names('REPLY_AS_DRAFT', 'STANDALONE_DRAFT');
export const Icon = names(
  'NONE',
  'AIRPLANE',
  'BOOKMARK',
  'BUS',
  'CAR',
  'CLOCK',
  'CONFIRMATION_NUMBER_ICON',
  'DOLLAR',
  'DESCRIPTION',
  'EMAIL',
  'EVENT_PERFORMER',
  'EVENT_SEAT',
  'FLIGHT_ARRIVAL',
  'FLIGHT_DEPARTURE',
  'HOTEL',
  'HOTEL_ROOM_TYPE',
  'INVITE',
  'MAP_PIN',
  'MEMBERSHIP',
  'MULTIPLE_PEOPLE',
  'OFFER',
  'PERSON',
  'PHONE',
  'RESTAURANT_ICON',
  'SHOPPING_CART',
  'STAR',
  'STORE',
  'TICKET',
  'TRAIN',
  'VIDEO_CAMERA',
  'VIDEO_PLAY',
);

export const ENUMS = {
  TextButtonStyle,
  ContentType,
  UpdateDraftBodyType,
  SelectionInputType,
  SwitchControlType,
  LoadIndicator,
  OpenAs,
  OnClose,
  ImageStyle,
  ImageCropType,
  DisplayStyle,
  GridItemLayout,
  HorizontalAlignment,
  BorderType,
  InputType,
  Interaction,
  ComposedEmailType,
  Icon,
} as const;
