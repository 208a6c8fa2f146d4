/**
 * The AWS profiles a refresh may use, read from the user's AWS config and credentials files by the
 * AWS SDK's own loader (so the files, AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE and the
 * "[profile x]" convention are read exactly as the SDK reads them for the refresh itself).
 */
import { loadSharedConfigFiles } from '@smithy/core/config';

/** The profile names (config and credentials files together), the default, and environment keys. */
export interface AwsProfiles {
  profiles: string[];
  defaultProfile: string | null;
  environmentCredentials: boolean;
}

/** Lists the profiles; unreadable or missing files give an empty list, never an error. */
export async function listAwsProfiles(env: NodeJS.ProcessEnv): Promise<AwsProfiles> {
  let names: string[] = [];
  try {
    const files = await loadSharedConfigFiles({ ignoreCache: true });
    names = [...new Set([...Object.keys(files.configFile ?? {}), ...Object.keys(files.credentialsFile ?? {})])];
  } catch {
    names = [];
  }
  // The loader keeps other section types as "sso-session.<name>" / "services.<name>": not profiles.
  const profiles = names
    .filter((n) => n.length > 0 && n.length <= 128 && !/^(sso-session|services)\./.test(n))
    .sort((a, b) => a.localeCompare(b));
  const fromEnv = env['AWS_PROFILE']?.trim();
  return {
    profiles,
    defaultProfile: fromEnv || (profiles.includes('default') ? 'default' : null),
    environmentCredentials: Boolean(env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY']),
  };
}
