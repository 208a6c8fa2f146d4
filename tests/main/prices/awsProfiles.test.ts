// The refresh's profile picker: profiles from the AWS config and credentials files, read by the SDK's loader.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAwsProfiles } from '../../../src-main/prices/awsProfiles';

const saved = { config: process.env['AWS_CONFIG_FILE'], credentials: process.env['AWS_SHARED_CREDENTIALS_FILE'] };
afterEach(() => {
  for (const [key, value] of [
    ['AWS_CONFIG_FILE', saved.config],
    ['AWS_SHARED_CREDENTIALS_FILE', saved.credentials],
  ] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
});

function awsFiles(config: string, credentials: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'infercalc-aws-'));
  writeFileSync(join(dir, 'config'), config);
  writeFileSync(join(dir, 'credentials'), credentials);
  process.env['AWS_CONFIG_FILE'] = join(dir, 'config');
  process.env['AWS_SHARED_CREDENTIALS_FILE'] = join(dir, 'credentials');
}

describe('listAwsProfiles', () => {
  it('lists the profiles of both files once each, without other section types', async () => {
    awsFiles(
      '[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n[sso-session corp]\nsso_region = us-east-1\n',
      '[default]\naws_access_key_id = A\naws_secret_access_key = B\n[ci]\naws_access_key_id = C\naws_secret_access_key = D\n',
    );
    expect(await listAwsProfiles({})).toEqual({
      profiles: ['ci', 'default', 'dev'],
      defaultProfile: 'default',
      environmentCredentials: false,
    });
    expect(await listAwsProfiles({ AWS_PROFILE: 'dev', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' })).toEqual({
      profiles: ['ci', 'default', 'dev'],
      defaultProfile: 'dev',
      environmentCredentials: true,
    });
  });

  it('gives an empty list when the files are missing', async () => {
    process.env['AWS_CONFIG_FILE'] = join(tmpdir(), 'infercalc-no-such-config');
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = join(tmpdir(), 'infercalc-no-such-credentials');
    expect(await listAwsProfiles({})).toEqual({ profiles: [], defaultProfile: null, environmentCredentials: false });
  });
});
