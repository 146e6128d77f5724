// gas-entry-generator ships no types; this is the part of its API the build uses.
declare module 'gas-entry-generator' {
  export interface GenerateOptions {
    comment?: boolean;
    autoGlobalExports?: boolean;
    exportsIdentifierName?: string;
    globalIdentifierName?: string;
  }
  export function generate(
    source: string,
    options?: GenerateOptions,
  ): { entryPointFunctions: string; globalAssignments?: string };
}
