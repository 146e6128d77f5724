/**
 * Working days and working time for the whole product: the PROTOCLOUD agenda (SLA per stage,
 * reminders) and LENTERA Email Daily (reminders on working days, response times). Pure: the
 * caller brings the holiday rows, the office-hours setting and the current time.
 */
export {
  addWorkingDays,
  calendarDateOf,
  createWorkCalendar,
  type DateInput,
  DEFAULT_TIME_ZONE,
  holidaysOn,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  type WorkCalendar,
  type WorkCalendarOptions,
  workingDaysBetween,
} from './calendar';
export { type IsoDate, normalizeDate } from './dates';
export {
  describeHolidayProblem,
  HOLIDAY_KIND_LABELS,
  HOLIDAY_KINDS,
  HOLIDAYS_TABLE,
  type HolidayEntry,
  type HolidayKind,
  type HolidayProblem,
  type HolidayTable,
  holidayRow,
  readHolidays,
} from './holidays';
export {
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  type OfficeHoursResult,
  readOfficeHours,
  type TimeWindow,
  WEEKDAYS,
  type Weekday,
  weekdayLabel,
} from './office-hours';
export {
  SEED_FIRST_YEAR,
  SEED_LAST_YEAR,
  seedHolidays,
  seedMissingYears,
  seedYearsFor,
} from './seed';
export { addWorkingMinutes, workingMinutesBetween, workingMsBetween } from './working-time';
