/**
 * The manifest schema: the fields of appsscript.json this project uses, checked before
 * every build so a typo (a misspelt trigger key, a scope without https) fails here and not
 * after a push. Also lists every function name the manifest makes Apps Script call.
 */
import { z } from 'zod';

const functionName = z.string().regex(/^[A-Za-z_$][\w$]*$/, 'nama fungsi Apps Script');
const runFunction = z.strictObject({ runFunction: functionName, enabled: z.boolean().optional() });

export const manifestSchema = z.strictObject({
  timeZone: z.literal('Asia/Jakarta'),
  runtimeVersion: z.literal('V8'),
  exceptionLogging: z.literal('STACKDRIVER'),
  dependencies: z.strictObject({
    enabledAdvancedServices: z
      .array(z.strictObject({ userSymbol: z.string(), serviceId: z.string(), version: z.string() }))
      .refine((s) => s.some((x) => x.serviceId === 'calendar' && x.userSymbol === 'Calendar'), {
        message: 'the Advanced Calendar service (userSymbol Calendar) must be enabled',
      })
      .refine((s) => s.some((x) => x.serviceId === 'gmail' && x.userSymbol === 'Gmail'), {
        message: 'the Advanced Gmail service (userSymbol Gmail) must be enabled',
      }),
  }),
  oauthScopes: z
    .array(
      z
        .string()
        .regex(/^https:\/\/www\.googleapis\.com\/auth\/[\w.]+$/, 'a Google OAuth scope URL'),
    )
    .min(1)
    .refine((scopes) => new Set(scopes).size === scopes.length, {
      message: 'scopes must not repeat',
    })
    .refine((scopes) => !scopes.includes('https://mail.google.com/'), {
      message: 'never request full mail',
    }),
  addOns: z.strictObject({
    common: z.strictObject({
      name: z.string().min(1),
      logoUrl: z.url(),
      layoutProperties: z
        .strictObject({ primaryColor: z.string(), secondaryColor: z.string() })
        .optional(),
      homepageTrigger: runFunction,
      universalActions: z.array(z.strictObject({ label: z.string(), runFunction: functionName })),
      openLinkUrlPrefixes: z.array(z.url()).optional(),
      useLocaleFromApp: z.boolean().optional(),
    }),
    gmail: z.strictObject({
      homepageTrigger: runFunction.optional(),
      contextualTriggers: z.array(
        z.strictObject({ unconditional: z.strictObject({}), onTriggerFunction: functionName }),
      ),
      composeTrigger: z.strictObject({
        selectActions: z
          .array(z.strictObject({ text: z.string(), runFunction: functionName }))
          .length(1),
        draftAccess: z.enum(['NONE', 'METADATA']),
      }),
    }),
    calendar: z.strictObject({
      homepageTrigger: runFunction.optional(),
      eventOpenTrigger: runFunction,
      eventUpdateTrigger: runFunction,
      currentEventAccess: z.enum(['METADATA', 'READ', 'WRITE', 'READ_WRITE']),
    }),
    sheets: z.never().optional(),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function parseManifest(json: unknown): Manifest {
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(
      (i) => `  appsscript.json ${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new Error(`appsscript.json is not valid:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Every function the manifest makes Apps Script call by name. */
export function manifestFunctionNames(m: Manifest): string[] {
  const { common, gmail, calendar } = m.addOns;
  return [
    common.homepageTrigger.runFunction,
    ...common.universalActions.map((a) => a.runFunction),
    ...(gmail.homepageTrigger ? [gmail.homepageTrigger.runFunction] : []),
    ...gmail.contextualTriggers.map((t) => t.onTriggerFunction),
    ...gmail.composeTrigger.selectActions.map((a) => a.runFunction),
    ...(calendar.homepageTrigger ? [calendar.homepageTrigger.runFunction] : []),
    calendar.eventOpenTrigger.runFunction,
    calendar.eventUpdateTrigger.runFunction,
  ];
}
