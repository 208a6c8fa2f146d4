import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticPath } from '../../../src-main/web/staticFiles';

describe('static file resolution', () => {
  it('maps / to index.html and keeps paths inside the root', () => {
    expect(resolveStaticPath('/r', '/')).toBe('/r/index.html');
    expect(resolveStaticPath('/r', '/assets/a.js')).toBe('/r/assets/a.js');
  });

  it('refuses paths that escape the root, however encoded', () => {
    expect(resolveStaticPath('/r', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/r', '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveStaticPath('/r', '/a%00b')).toBeNull();
    expect(resolveStaticPath('/r', '/%E0%A4%A')).toBeNull();
  });

  it('names content types', () => {
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/x.bin')).toBe('application/octet-stream');
  });
});
