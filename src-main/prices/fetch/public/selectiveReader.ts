/**
 * Reads a JSON document token by token and builds only the parts asked for: `select(path)` says for
 * each value whether to build it (`assemble`, handed to `onValue` when complete), to look inside it
 * (`descend`), or to pass over it (`skip`, which costs only counting brackets). So a gigabyte offer
 * file is read keeping only the few products and terms wanted, never the file.
 */
import Assembler from 'stream-json/assembler.js';
import type { Token } from './jsonTokens';

/** What to do with the value at a path (keys of objects, indices of arrays, from the root). */
export type Selection = 'assemble' | 'descend' | 'skip';

interface Frame {
  array: boolean;
  /** The key of the value being read in this container (the index in an array). */
  key: string | number;
}

/** A token consumer; give it every token of one document, then call `finish()`. */
export class SelectiveReader {
  private readonly frames: Frame[] = [];
  private readonly path: Array<string | number> = [];
  private skipDepth = 0;
  private assembler: Assembler | undefined;
  private started = false;
  private finished = false;

  constructor(
    private readonly select: (path: ReadonlyArray<string | number>) => Selection,
    private readonly onValue: (path: ReadonlyArray<string | number>, value: unknown) => void,
  ) {}

  /** Consumes one token. */
  consume(token: Token): void {
    if (this.skipDepth > 0) {
      if (token.name === 'startObject' || token.name === 'startArray') this.skipDepth += 1;
      else if (token.name === 'endObject' || token.name === 'endArray') this.skipDepth -= 1;
      if (this.skipDepth === 0) this.valueDone();
      return;
    }
    if (this.assembler) {
      this.assembler.consume(token);
      if (this.assembler.done) {
        const value = this.assembler.current;
        this.assembler = undefined;
        this.onValue(this.path, value);
        this.valueDone();
      }
      return;
    }
    switch (token.name) {
      case 'keyValue':
        this.frames[this.frames.length - 1]!.key = token.value;
        return;
      case 'endObject':
      case 'endArray':
        this.frames.pop();
        if (this.frames.length === 0) this.finished = true;
        else this.valueDone();
        return;
      default:
        this.valueStart(token);
    }
  }

  /** Throws unless one whole document was read. */
  finish(): void {
    if (!this.finished) throw new Error('the JSON ended before it was complete');
  }

  private valueStart(token: Token): void {
    if (this.finished) throw new Error('more than one JSON document');
    const top = this.frames[this.frames.length - 1];
    if (top) this.path.push(top.key);
    else if (this.started) throw new Error('more than one JSON document');
    this.started = true;
    const container = token.name === 'startObject' || token.name === 'startArray';
    const choice = this.select(this.path);
    if (choice === 'descend' && container) {
      this.frames.push({ array: token.name === 'startArray', key: 0 });
      return;
    }
    if (choice === 'assemble') {
      const asm = new Assembler({ numberAsString: true });
      asm.consume(token);
      if (asm.done) {
        this.onValue(this.path, asm.current);
        this.valueDone();
      } else this.assembler = asm;
      return;
    }
    if (container) this.skipDepth = 1;
    else this.valueDone();
  }

  /** A value inside the innermost container ended: an array moves to its next index. */
  private valueDone(): void {
    if (this.frames.length === 0) {
      this.finished = true;
      return;
    }
    this.path.pop();
    const top = this.frames[this.frames.length - 1]!;
    if (top.array) top.key = (top.key as number) + 1;
  }
}
