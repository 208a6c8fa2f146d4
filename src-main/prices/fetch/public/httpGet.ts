/**
 * One HTTP(S) GET with the refresh's time limits: the connection must open within `connectMs`, and
 * the server must send something at least every `idleMs` (headers, then body chunks), or the request
 * is destroyed with a NetworkTimeoutError. A cancel destroys it at once.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { NetworkTimeoutError, type NetworkTimeouts } from '../timeouts';

/** An open response, and the reason it was cut short, if it was (a timeout's error, not Node's generic "aborted"). */
export interface OpenResponse {
  response: IncomingMessage;
  failure: () => Error | undefined;
}

/** Opens `url` and resolves with the response once its headers arrive (any status). */
export function httpGet(
  url: URL,
  headers: Record<string, string>,
  timeouts: NetworkTimeouts,
  signal?: AbortSignal,
): Promise<OpenResponse> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: { 'accept-encoding': 'identity', 'user-agent': 'InferCalc price refresh', ...headers },
      ...(signal ? { signal } : {}),
    });
    let connectTimer: NodeJS.Timeout | undefined;
    let failure: Error | undefined;
    const fail = (error: Error) => {
      clearTimeout(connectTimer);
      failure = error;
      request.destroy(error);
    };
    request.on('socket', (socket: Socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(
        () => fail(new NetworkTimeoutError(`no connection to ${url.host} within ${timeouts.connectMs / 1000} s`)),
        timeouts.connectMs,
      );
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    // Idle: no byte for idleMs, before the headers or between body chunks (the socket's own timer).
    request.setTimeout(timeouts.idleMs, () =>
      fail(new NetworkTimeoutError(`no answer from ${url.host} for ${timeouts.idleMs / 1000} s (${url.pathname})`)),
    );
    request.on('error', (error) => {
      clearTimeout(connectTimer);
      reject(signal?.aborted ? (signal.reason ?? error) : error);
    });
    request.on('response', (response) => {
      clearTimeout(connectTimer);
      resolve({ response, failure: () => failure });
    });
    request.end();
  });
}
