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
import { jsonErrorOffset } from '@shared/project/jsonErrorPosition';

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
      'not valid JSON at line 2, column 2: unexpected character',
    );
    expect(
      describeJsonError(text, new SyntaxError('JSON.parse: unexpected character at line 2 column 1 of the JSON data')),
    ).toBe('not valid JSON at line 2, column 1: unexpected character');
    expect(describeJsonError('', new SyntaxError('Unexpected end of JSON input'))).toBe(
      'not valid JSON at line 1, column 1: the text ends before the JSON is complete',
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

describe('jsonErrorOffset', () => {
  it('finds the first character that does not fit the JSON grammar', () => {
    expect(jsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "x\\n"}')).toBeNull();
    expect(jsonErrorOffset('{\n "name": }')).toBe(11);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('"tab\there"')).toBe(4);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('')).toBe(0);
  });

  it('gives V8 messages without a position a line and column', () => {
    const result = parseProjectText('{\n  "name": }');
    expect(result).toEqual({ ok: false, message: "not valid JSON at line 2, column 11: unexpected '}'" });
  });

  // Issue 10, failure 1: V8 quotes the start of the text ('"…"... is not valid JSON'); a message
  // about a file the page asked for must never carry the file's contents.
  it('never quotes the text, short or long, in any engine wording', () => {
    const secrets = [
      'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ secret-key',
      `token=${'s3cr3t'.repeat(40)}`,
      '{"name": s3cr3t-value}',
      '{"a":"\u0001s3cr3t',
      '[1, 2, s3cr3t]',
    ];
    for (const text of secrets) {
      const result = parseProjectText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).not.toMatch(/s3cr3t|secret|ssh-rsa|AAAA|token/);
        expect(result.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
      }
    }
    expect(secrets).toHaveLength(5);
  });
});
