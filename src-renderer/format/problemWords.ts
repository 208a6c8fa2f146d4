/**
 * Project-file and schema problems ("workload.inferenceMs: Too small: expected number to be >0",
 * "version: Invalid input: expected 1") as plain sentences in the form's words ("Inference time per
 * request (Workload) must be more than 0."). The original text stays available as details.
 */
import { WORKLOAD_NUMBER_FIELDS } from '../stores/workloadFields';

/** A problem as the interface says it, and the original for a details disclosure (null when nothing changed). */
export interface ProblemWords {
  text: string;
  original: string | null;
}

const WORKLOAD_LABELS: Record<string, string> = {
  ...Object.fromEntries(WORKLOAD_NUMBER_FIELDS.map((f) => [f.path, f.label])),
  traffic: 'Traffic',
  'traffic.pattern': 'Traffic pattern',
  'traffic.basis': 'Whether the rate is the peak or the average',
  needsGpu: '“The model needs a GPU”',
  interruptible: '“Tolerates interruption”',
  commitmentYears: 'Commitment horizon',
  datasetAvailableUpfront: '“Whole dataset available up front”',
  models: 'Models',
};

/** "instanceCount" → "instance count". */
function words(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The field a path names, in the form's words. */
export function fieldWords(path: string): string {
  if (path === 'name') return 'The project name';
  if (path === 'region') return 'The region';
  const workload = /^workload\.?(.*)$/.exec(path);
  if (workload) {
    const rest = workload[1]!.replace(/\[\d+\]$/, '');
    return rest === ''
      ? 'The workload'
      : `${WORKLOAD_LABELS[rest] ?? capital(words(rest.split('.').pop()!))} (Workload)`;
  }
  const design = /^designs\[(\d+)\]\.?(.*)$/.exec(path);
  if (design) {
    const n = Number(design[1]) + 1;
    const rest = design[2]!;
    const last = rest.split('.').pop() ?? '';
    if (rest === '') return `Design ${n}`;
    if (rest === 'hosting.type') return `The hosting of design ${n}`;
    if (rest === 'purchase.type') return `The way to pay of design ${n}`;
    return `${capital(words(last))} (design ${n})`;
  }
  const rate = /^userRates\[(\d+)\]/.exec(path);
  if (rate) return `Rate entered by hand ${Number(rate[1]) + 1}`;
  return capital(words(path.split('.').pop() ?? path));
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A zod message as the end of a sentence: "must be more than 0". */
export function requirementWords(message: string): string {
  const m = message.trim();
  let r: RegExpExecArray | null;
  if ((r = /^Too small: expected number to be >(=?)(-?[\d.e+]+)$/.exec(m)))
    return r[1] ? `must be at least ${r[2]}` : `must be more than ${r[2]}`;
  if ((r = /^Too big: expected number to be <(=?)(-?[\d.e+]+)$/.exec(m)))
    return r[1] ? `must be at most ${r[2]}` : `must be less than ${r[2]}`;
  if ((r = /^Too small: expected string to have >=?1 characters?$/.exec(m))) return 'must not be empty';
  if ((r = /^Too big: expected string to have <=(\d+) characters$/.exec(m)))
    return `must be at most ${r[1]} characters`;
  if ((r = /^Too (small|big): expected array to have ([<>]=?)(\d+) items?$/.exec(m)))
    return `must have ${r[2]!.startsWith('>') ? 'at least' : 'at most'} ${r[3]} values`;
  if (/^Invalid input: expected \w+, received undefined$/.test(m)) return 'is missing';
  if (/^Invalid input: expected int, received number$/.test(m)) return 'must be a whole number';
  if ((r = /^Invalid input: expected (number|string|boolean|array|object), received (\w+)$/.exec(m)))
    return `must be ${r[1] === 'array' || r[1] === 'object' ? 'a list or group of values' : `a ${r[1] === 'boolean' ? 'yes/no value' : r[1] === 'string' ? 'text' : 'number'}`}, not ${r[2] === 'string' ? 'text' : `a ${r[2]}`}`;
  if ((r = /^Invalid input: expected (.+)$/.exec(m))) return `must be ${r[1]}`;
  if ((r = /^Invalid option: expected one of (.+)$/.exec(m)))
    return `must be one of ${r[1]!.replace(/"/g, '').split('|').join(', ')}`;
  if (/^Invalid string: must match pattern/.test(m)) return 'is not in the expected form';
  if (/^Invalid input$/.test(m)) return 'is not one of the forms this version of InferCalc reads';
  return m;
}

/** One "path: message" problem as a sentence. */
function problemSentence(path: string, message: string): string {
  if (path === 'version')
    return 'The file is in a format version this InferCalc does not read (it reads version 1): open it with the InferCalc that wrote it';
  if (path === 'format') return 'The file is not an InferCalc project (its format is not “infercalc-project”)';
  const unknown = /^unknown fields? (.+)$/.exec(message);
  if (unknown)
    return `${path ? fieldWords(path) : 'The file'} has ${unknown[1]!.includes(',') ? 'fields' : 'a field'} this version of InferCalc does not know: remove ${unknown[1]!.includes(',') ? 'them' : 'it'}, or open the file with the InferCalc that wrote it`;
  const requirement = requirementWords(message);
  return path ? `${fieldWords(path)} ${requirement}` : capital(requirement);
}

/** A "path: message" list joined by "; " in a longer message ("x.json is not a valid …: a.b: …; c: …"). */
const PROBLEM = /^([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*|\[\d+\])*): (.+)$/;

/**
 * A message that may end with schema problems, as plain sentences: the lead-in (before the first
 * problem) is kept, each "path: message" becomes a sentence saying what is wrong with which field.
 */
export function problemWords(message: string): ProblemWords {
  const parts = message.split('; ');
  const first = parts[0] ?? '';
  // The lead-in ends where the first problem's path starts: "x.json is not valid: workload.inferenceMs: …".
  let start = PROBLEM.test(first) && !/\s/.test(first.split(': ')[0]!) ? 0 : -1;
  for (let i = first.indexOf(': '); start < 0 && i >= 0; i = first.indexOf(': ', i + 1))
    if (PROBLEM.test(first.slice(i + 2))) start = i + 2;
  if (start < 0) return { text: message, original: null };
  const leadText = first.slice(0, start);
  const problems = [first.slice(start), ...parts.slice(1)];
  if (!problems.every((p) => PROBLEM.test(p))) return { text: message, original: null };
  const sentences = problems.map((p) => {
    const [, path, text] = PROBLEM.exec(p)!;
    return `${problemSentence(path!, text!)}.`;
  });
  return { text: `${leadText}${sentences.join(' ')}`.trim(), original: message };
}
