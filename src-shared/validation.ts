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
  return error.issues.flatMap((issue) => describeIssue(issue, []));
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, base: ReadonlyArray<PropertyKey>): InputProblem[] {
  const full = [...base, ...issue.path];
  const path = formatPath(full);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k));
    return [{ path, message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}` }];
  }
  if (issue.code === 'invalid_union') return describeUnion(issue, full);
  return [{ path, message: issue.message }];
}

/**
 * A value that matched none of a union's options. zod says only "Invalid input"; this says what was
 * expected: when every option is told apart by one field (a `type` or `pattern`), either that
 * field's accepted values, or, when the field matched an option, what is wrong inside that option;
 * otherwise the kinds of value the options accept.
 */
function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  full: ReadonlyArray<PropertyKey>,
): InputProblem[] {
  const path = formatPath(full);
  const branches = issue.errors;
  if (branches.length === 0) {
    const field = 'discriminator' in issue && typeof issue.discriminator === 'string' ? issue.discriminator : null;
    return [{ path: field ? formatPath([...full, field]) : path, message: 'not one of the accepted kinds' }];
  }
  const tag = discriminatingField(branches);
  if (tag !== null) {
    const matched = branches.filter((b) => !b.some((i) => isTagIssue(i, tag)));
    if (matched.length === 1) return matched[0]!.flatMap((i) => describeIssue(i, full));
    const values = branches.flatMap((b) => b.filter((i) => isTagIssue(i, tag)).flatMap(valuesOf));
    return [
      {
        path: formatPath([...full, tag]),
        message: `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
      },
    ];
  }
  const expected = branches.map((b) => (b.length === 1 && b[0]!.path.length === 0 ? expectedOf(b[0]!) : null));
  if (expected.every((e) => e !== null)) return [{ path, message: `expected ${[...new Set(expected)].join(' or ')}` }];
  // No common shape: the option that came closest (fewest problems) says what is wrong.
  const closest = [...branches].sort((a, b) => a.length - b.length)[0]!;
  return closest.flatMap((i) => describeIssue(i, full));
}

/** The field every option checks as a fixed value (a discriminator), if there is one. */
function discriminatingField(branches: ReadonlyArray<ReadonlyArray<Issue>>): string | null {
  const first = branches[0]!.filter((i) => i.code === 'invalid_value' && i.path.length === 1);
  for (const candidate of first) {
    const tag = String(candidate.path[0]);
    const optionsWithTag = branches.filter((b) => b.some((i) => isTagIssue(i, tag))).length;
    if (optionsWithTag >= branches.length - 1) return tag;
  }
  return null;
}

function isTagIssue(issue: Issue, tag: string): boolean {
  return issue.code === 'invalid_value' && issue.path.length === 1 && String(issue.path[0]) === tag;
}

function valuesOf(issue: Issue): unknown[] {
  return issue.code === 'invalid_value' ? [...issue.values] : [];
}

function expectedOf(issue: Issue): string | null {
  if (issue.code === 'invalid_type') return String(issue.expected);
  if (issue.code === 'invalid_value') return issue.values.map((v) => JSON.stringify(v)).join(' or ');
  return null;
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
