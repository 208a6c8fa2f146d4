/** Turning zod errors into messages a person can act on: the path of the bad field, then what was expected. */
import type { z } from 'zod';

/** One problem with an input: where it is (dotted path, `[i]` for array items) and what is wrong. */
export interface InputProblem {
  path: string;
  message: string;
}

/** Formats a path such as ['designs', 0, 'hosting', 'type'] as "designs[0].hosting.type". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Flattens zod issues (including those inside unions) into path + message pairs. */
export function describeZodError(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k));
      return { path, message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}` };
    }
    return { path, message: issue.message };
  });
}

/** One line per problem: "designs[0].hosting.type: Invalid option ...". */
export function formatProblems(problems: InputProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[]; message: string };

/** Parses untrusted input with a schema and returns either the value or readable problems. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const problems = describeZodError(result.error);
  return { ok: false, problems, message: formatProblems(problems) };
}
