// The one parser of project text, shared by the back end and the renderer's upload.
import { describe, expect, it } from 'vitest';
import { newProject } from '@shared/project/defaults';
import {
  describeJsonError,
  lineAndColumn,
  parseProjectText,
  projectFileName,
  serializeProject,
} from '@shared/project/parseProjectText';

describe('parseProjectText', () => {
  it('round-trips a serialized project', () => {
    const project = newProject('Round trip');
    expect(parseProjectText(serializeProject(project))).toEqual({ ok: true, project });
  });

  it('gives JSON syntax errors a line and column', () => {
    const result = parseProjectText('{\n  "name": "x",\n  oops\n}');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^not valid JSON at line 3, column 3: /) });
  });

  it('reads the position from the wording of other engines', () => {
    const text = 'ab\ncd';
    expect(describeJsonError(text, new SyntaxError('Unexpected token d in JSON at position 4'))).toBe(
      'not valid JSON at line 2, column 2: Unexpected token d',
    );
    expect(
      describeJsonError(text, new SyntaxError('JSON.parse: unexpected character at line 2 column 1 of the JSON data')),
    ).toBe('not valid JSON at line 2, column 1: unexpected character');
    expect(describeJsonError('', new SyntaxError('Unexpected end of JSON input'))).toBe(
      'not valid JSON: Unexpected end of JSON input',
    );
    expect(lineAndColumn('a\nbc\n', 4)).toEqual({ line: 2, column: 3 });
  });

  it('names the bad field', () => {
    const bad = { ...newProject(), version: 2, extra: true };
    const result = parseProjectText(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/version: /);
      expect(result.message).toMatch(/unknown field extra/);
    }
  });
});

describe('projectFileName', () => {
  it('makes a safe file name with the format extension', () => {
    expect(projectFileName('Fraud scoring')).toBe('Fraud scoring.infercalc.json');
    expect(projectFileName('a/b:c*?\u0007')).toBe('a b c.infercalc.json');
    expect(projectFileName('...')).toBe('project.infercalc.json');
  });
});
