/**
 * Bytes in, JSON tokens out, as they arrive: stream-json's tokenizer run synchronously on each
 * decoded chunk (no stream plumbing in the hot loop), with UTF-8 sequences split across chunks kept
 * whole by a streaming TextDecoder. Keys, strings and numbers come packed (one token each).
 */
import { none } from 'stream-chain/defs.js';
import { jsonParser } from 'stream-json/core/parser.js';
import type { Token } from 'stream-json/core/parser.js';

export type { Token };

/** Feeds chunks to a tokenizer and hands each token to `onToken`. */
export class JsonTokenFeeder {
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private tokenize = jsonParser({ streamValues: false, packValues: true });

  constructor(private readonly onToken: (token: Token) => void) {}

  /** Tokenizes one chunk; throws on text that is not JSON. */
  write(chunk: Uint8Array): void {
    this.emit(this.tokenize(this.decoder.decode(chunk, { stream: true })));
  }

  /** Ends the input; throws when the JSON is incomplete. */
  end(): void {
    const rest = this.decoder.decode();
    if (rest) this.emit(this.tokenize(rest));
    this.emit(this.tokenize(none as unknown as string));
  }

  private emit(out: unknown): void {
    if (out === none || out === undefined) return;
    const values = (out as { values?: Token[] }).values;
    if (values) for (let i = 0; i < values.length; i++) this.onToken(values[i]!);
    else this.onToken(out as Token);
  }
}
