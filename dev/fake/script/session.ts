/** Session: who runs the execution. The workspace's active user comes from the kernel. */
import type { FakeKernel } from '../kernel';

export class FakeSession {
  locale = 'id';

  constructor(private readonly kernel: FakeKernel) {}

  globals() {
    const kernel = this.kernel;
    const user = () => ({ getEmail: () => kernel.activeUser });
    return {
      Session: {
        getActiveUser: () => {
          kernel.call('Session.getActiveUser');
          return user();
        },
        getEffectiveUser: () => {
          kernel.call('Session.getEffectiveUser');
          return user();
        },
        getScriptTimeZone: () => {
          kernel.call('Session.getScriptTimeZone');
          return kernel.timeZone;
        },
        getActiveUserLocale: () => {
          kernel.call('Session.getActiveUserLocale');
          return this.locale;
        },
        getTemporaryActiveUserKey: () => {
          kernel.call('Session.getTemporaryActiveUserKey');
          return `key-${Buffer.from(kernel.activeUser).toString('base64url')}`;
        },
      },
    };
  }
}
