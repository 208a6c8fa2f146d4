/**
 * Finds where a JSON text first goes wrong. JSON.parse's messages differ between engines and some
 * (V8's "Unexpected token '}', ... is not valid JSON") carry no position at all, so this small
 * scanner walks the grammar (RFC 8259) and returns the offset of the first character that does not
 * fit, or null when the text is valid JSON.
 */

const WHITESPACE = ' \t\n\r';
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// Control characters must be escaped inside JSON strings, so the class excludes them on purpose.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y;

class Failure {
  constructor(readonly offset: number) {}
}

/** The offset of the first error in `text`, or null when it is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new Failure(i);
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.includes(text[i]!)) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) fail();
    i++;
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        string();
        skip();
        expect(':');
        value();
        skip();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        skip();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    fail();
  };
  const string = () => {
    expect('"');
    STRING_BODY.lastIndex = i;
    STRING_BODY.test(text);
    i = STRING_BODY.lastIndex;
    expect('"');
  };
  try {
    value();
    skip();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof Failure) return error.offset;
    throw error;
  }
}
