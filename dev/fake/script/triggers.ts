/**
 * ScriptApp installable triggers. Setup must install triggers idempotently, add-on time
 * triggers may fire at most hourly, and a user may own at most 20 triggers per script:
 * the fake enforces all three so tests catch a setup that would fail in production.
 */
import type { FakeKernel } from '../kernel';

const MAX_TRIGGERS_PER_USER = 20;

export interface TriggerRecord {
  id: string;
  handler: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  /** Clock triggers: the schedule as set on the builder, for tests and the preview. */
  schedule: Record<string, number | string>;
}

class FakeTrigger {
  constructor(
    private readonly kernel: FakeKernel,
    readonly record: TriggerRecord,
  ) {}

  getHandlerFunction(): string {
    this.kernel.call('Trigger.getHandlerFunction');
    return this.record.handler;
  }

  getUniqueId(): string {
    this.kernel.call('Trigger.getUniqueId');
    return this.record.id;
  }

  getEventType(): string {
    this.kernel.call('Trigger.getEventType');
    return this.record.eventType;
  }

  getTriggerSource(): string {
    this.kernel.call('Trigger.getTriggerSource');
    return this.record.source;
  }

  getTriggerSourceId(): string | null {
    this.kernel.call('Trigger.getTriggerSourceId');
    return this.record.sourceId;
  }
}

export class FakeScriptApp {
  private triggers: TriggerRecord[] = [];
  /** Add-ons may not run time triggers more often than hourly. */
  addOnMode = true;

  constructor(private readonly kernel: FakeKernel) {}

  globals() {
    const kernel = this.kernel;
    const create = (record: Omit<TriggerRecord, 'id' | 'owner'>) => {
      kernel.call(
        record.source === 'CLOCK'
          ? 'ClockTriggerBuilder.create'
          : 'SpreadsheetTriggerBuilder.create',
      );
      const owned = this.triggers.filter((t) => t.owner === kernel.activeUser).length;
      if (owned >= MAX_TRIGGERS_PER_USER) {
        throw kernel.error(
          'INVALID_ARGUMENT',
          'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
        );
      }
      const full: TriggerRecord = { ...record, id: kernel.nextId('trg'), owner: kernel.activeUser };
      this.triggers.push(full);
      return new FakeTrigger(kernel, full);
    };

    const newTrigger = (handler: string) => {
      kernel.call('ScriptApp.newTrigger');
      if (typeof handler !== 'string' || handler === '') {
        throw kernel.error('INVALID_ARGUMENT', 'functionName');
      }
      return {
        timeBased: () => {
          kernel.call('TriggerBuilder.timeBased');
          const schedule: Record<string, number | string> = {};
          const builder = {
            everyMinutes: (n: number) => {
              kernel.call('ClockTriggerBuilder.everyMinutes');
              if (this.addOnMode) {
                throw kernel.error(
                  'INVALID_ARGUMENT',
                  'Add-ons may only create time-based triggers that run at most once per hour.',
                );
              }
              if (![1, 5, 10, 15, 30].includes(n))
                throw kernel.error('INVALID_ARGUMENT', 'everyMinutes (1, 5, 10, 15 or 30)');
              schedule.everyMinutes = n;
              return builder;
            },
            everyHours: (n: number) => {
              kernel.call('ClockTriggerBuilder.everyHours');
              if (!Number.isInteger(n) || n < 1)
                throw kernel.error('INVALID_ARGUMENT', 'everyHours');
              schedule.everyHours = n;
              return builder;
            },
            everyDays: (n: number) => {
              kernel.call('ClockTriggerBuilder.everyDays');
              schedule.everyDays = n;
              return builder;
            },
            everyWeeks: (n: number) => {
              kernel.call('ClockTriggerBuilder.everyWeeks');
              schedule.everyWeeks = n;
              return builder;
            },
            atHour: (h: number) => {
              kernel.call('ClockTriggerBuilder.atHour');
              if (!Number.isInteger(h) || h < 0 || h > 23)
                throw kernel.error('INVALID_ARGUMENT', 'atHour (0-23)');
              schedule.atHour = h;
              return builder;
            },
            nearMinute: (m: number) => {
              kernel.call('ClockTriggerBuilder.nearMinute');
              schedule.nearMinute = m;
              return builder;
            },
            onWeekDay: (day: string) => {
              kernel.call('ClockTriggerBuilder.onWeekDay');
              schedule.onWeekDay = String(day);
              return builder;
            },
            onMonthDay: (day: number) => {
              kernel.call('ClockTriggerBuilder.onMonthDay');
              schedule.onMonthDay = day;
              return builder;
            },
            inTimezone: (tz: string) => {
              kernel.call('ClockTriggerBuilder.inTimezone');
              schedule.timeZone = tz;
              return builder;
            },
            after: (ms: number) => {
              kernel.call('ClockTriggerBuilder.after');
              schedule.afterMs = ms;
              return builder;
            },
            create: () =>
              create({ handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule }),
          };
          return builder;
        },
        forSpreadsheet: (spreadsheet: { getId(): string } | string) => {
          kernel.call('TriggerBuilder.forSpreadsheet');
          const sourceId = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
          const on = (eventType: TriggerRecord['eventType']) => ({
            create: () =>
              create({ handler, eventType, source: 'SPREADSHEETS', sourceId, schedule: {} }),
          });
          return {
            onOpen: () => on('ON_OPEN'),
            onEdit: () => on('ON_EDIT'),
            onChange: () => on('ON_CHANGE'),
            onFormSubmit: () => on('ON_FORM_SUBMIT'),
          };
        },
      };
    };

    return {
      ScriptApp: {
        newTrigger,
        getProjectTriggers: () => {
          kernel.call('ScriptApp.getProjectTriggers');
          return this.triggers
            .filter((t) => t.owner === kernel.activeUser)
            .map((t) => new FakeTrigger(kernel, t));
        },
        getUserTriggers: (document: { getId(): string }) => {
          kernel.call('ScriptApp.getUserTriggers');
          const id = document.getId();
          return this.triggers
            .filter((t) => t.owner === kernel.activeUser && t.sourceId === id)
            .map((t) => new FakeTrigger(kernel, t));
        },
        deleteTrigger: (trigger: FakeTrigger) => {
          kernel.call('ScriptApp.deleteTrigger');
          this.triggers = this.triggers.filter((t) => t.id !== trigger.record.id);
        },
        getScriptId: () => {
          kernel.call('ScriptApp.getScriptId');
          return 'fake-script-id';
        },
        getOAuthToken: () => {
          kernel.call('ScriptApp.getOAuthToken');
          return `fake-token-for-${kernel.activeUser}`;
        },
        EventType: {
          CLOCK: 'CLOCK',
          ON_OPEN: 'ON_OPEN',
          ON_EDIT: 'ON_EDIT',
          ON_CHANGE: 'ON_CHANGE',
          ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
        },
        TriggerSource: {
          CLOCK: 'CLOCK',
          SPREADSHEETS: 'SPREADSHEETS',
          CALENDAR: 'CALENDAR',
          DOCUMENTS: 'DOCUMENTS',
          FORMS: 'FORMS',
        },
        AuthMode: {
          NONE: 'NONE',
          LIMITED: 'LIMITED',
          CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
          FULL: 'FULL',
        },
        WeekDay: {
          MONDAY: 'MONDAY',
          TUESDAY: 'TUESDAY',
          WEDNESDAY: 'WEDNESDAY',
          THURSDAY: 'THURSDAY',
          FRIDAY: 'FRIDAY',
          SATURDAY: 'SATURDAY',
          SUNDAY: 'SUNDAY',
        },
      },
    };
  }

  /** Test access: every installed trigger, whoever owns it. */
  all(): readonly TriggerRecord[] {
    return this.triggers;
  }

  snapshot(): TriggerRecord[] {
    return structuredClone(this.triggers);
  }

  restore(state: TriggerRecord[]): void {
    this.triggers = structuredClone(state);
  }
}
