// Project-file problems as plain sentences in the form's words, the original kept for details.
import { describe, expect, it } from 'vitest';
import { problemWords } from '../../../src-renderer/format/problemWords';

describe('problemWords', () => {
  it('says what is wrong with which field, in the form’s words', () => {
    expect(problemWords('workload.inferenceMs: Too small: expected number to be >0')).toEqual({
      text: 'Inference time per request (Workload) must be more than 0.',
      original: 'workload.inferenceMs: Too small: expected number to be >0',
    });
    expect(problemWords('version: Invalid input: expected 1').text).toBe(
      'The file is in a format version this InferCalc does not read (it reads version 1): open it with the InferCalc that wrote it.',
    );
  });

  it('keeps the lead-in and turns every problem of a list into a sentence', () => {
    const message =
      'big.infercalc.json is not a valid InferCalc project: designs[1].hosting.instanceCount: Invalid input: expected int, received number; name: Too small: expected string to have >=1 characters';
    expect(problemWords(message).text).toBe(
      'big.infercalc.json is not a valid InferCalc project: Instance count (design 2) must be a whole number. The project name must not be empty.',
    );
    expect(problemWords('workload: unknown field workload.colour').text).toBe(
      'The workload has a field this version of InferCalc does not know: remove it, or open the file with the InferCalc that wrote it.',
    );
  });

  it('leaves a message that is not a list of field problems as it is', () => {
    expect(problemWords('not valid JSON at line 3, column 5: Unexpected token')).toEqual({
      text: 'not valid JSON at line 3, column 5: Unexpected token',
      original: null,
    });
  });
});
