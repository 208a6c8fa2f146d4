/**
 * Which links may open outside the app: https only, and only to hosts we trust to document AWS
 * pricing and this product. Everything else is refused (no window, no navigation).
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'aws.amazon.com',
  'docs.aws.amazon.com',
  'calculator.aws',
  'github.com',
]);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' && url.username === '' && url.password === '' && EXTERNAL_LINK_HOSTS.has(url.hostname)
  );
}
