// Huawei Cloud CodeArts Repo: notification subscriptions under /v4; a token, AK/SK signing or an IAM user.
import type { PlatformDescriptor } from '../descriptor.js';
import type { CodeartsClient } from './client.js';

export const codeartsPlatform: PlatformDescriptor<CodeartsClient> = {
  name: 'codearts',
  label: 'Huawei Cloud CodeArts Repo',
  apiPrefix: '/v4',
  exampleServer: 'https://codehub-ext.cn-north-4.myhuaweicloud.com',
  environment: [
    { name: 'REGNOTIFY_ACCESS_KEY', description: 'CodeArts access key id for AK/SK request signing', secret: true },
    { name: 'REGNOTIFY_SECRET_KEY', description: 'CodeArts secret access key for AK/SK request signing', secret: true },
    { name: 'REGNOTIFY_SECURITY_TOKEN', description: 'CodeArts security token that goes with temporary AK/SK', secret: true },
    { name: 'HUAWEICLOUD_SDK_AK', description: 'CodeArts access key id, read when REGNOTIFY_ACCESS_KEY is unset', secret: true },
    { name: 'HUAWEICLOUD_SDK_SK', description: 'CodeArts secret access key, read when REGNOTIFY_SECRET_KEY is unset', secret: true },
    { name: 'HUAWEICLOUD_SDK_SECURITY_TOKEN', description: 'CodeArts security token for temporary AK/SK', secret: true },
    { name: 'HUAWEICLOUD_SDK_PROJECT_ID', description: "CodeArts IAM project id sent as X-Project-Id (beats the profile's; with AK/SK it is otherwise looked up through IAM)" },
    { name: 'HUAWEICLOUD_SDK_IAM_ENDPOINT', description: 'IAM endpoint for the AK/SK project id look-up (default: the region\'s)' },
  ],
  authKinds: [
    { name: 'token', label: 'Paste an IAM token (X-Auth-Token)', flags: ['projectId'], questions: [{ key: 'token', kind: 'secret', message: 'IAM token' }] },
    {
      name: 'aksk',
      label: 'Access key and secret key (AK/SK request signing)',
      flags: ['accessKey', 'secretKeyStdin', 'projectId'],
      questions: [
        { key: 'accessKey', kind: 'input', message: 'Access key id (AK)' },
        { key: 'secretKey', kind: 'secret', message: 'Secret access key (SK)' },
        { key: 'projectId', kind: 'input', message: 'IAM project id (optional; leave empty to look it up through IAM)', optional: true },
      ],
    },
    {
      name: 'password',
      label: 'IAM user name and password (exchanged for a token)',
      flags: ['username', 'passwordStdin', 'domain', 'iamEndpoint', 'savePassword', 'projectId'],
      questions: [
        { key: 'username', kind: 'input', message: 'IAM user name' },
        { key: 'domain', kind: 'input', message: 'Account (domain) name' },
        // Another endpoint may be a private deployment whose IAM is not iam.<region>.myhuaweicloud.com.
        {
          key: 'iamEndpoint',
          kind: 'input',
          message: "IAM endpoint (e.g. https://iam.cn-north-4.myhuaweicloud.com; leave empty for the region's)",
          optional: true,
          onlyForOtherServer: true,
        },
        { key: 'password', kind: 'secret', message: 'Password' },
        { key: 'savePassword', kind: 'confirm', message: 'Keep the password (0600) so expired tokens renew without asking?' },
      ],
    },
  ],
  profileSettings: ['region', 'projectId'],
  authQuestion: 'How do you want to authenticate?',
  servers: {
    question: 'Which CodeArts region?',
    choices: async () => {
      const { REGIONS, REGION_HOSTS } = await import('./hosts.js');
      return [
        ...REGIONS.map((region) => ({ name: `${region} (${REGION_HOSTS[region]})`, region })),
        { name: 'Another endpoint (enter its URL)', other: true },
      ];
    },
    otherUrlQuestion: 'CodeArts API URL (e.g. https://codehub-ext.cn-north-4.myhuaweicloud.com)',
    otherRegionQuestion: 'Region id for IAM sign-in (e.g. cn-north-4; leave empty if you use a token)',
  },
  nextStep: 'regnotify subscription status GROUP/REPOSITORY',
  http: async () => (await import('./http.js')).codeartsHttp,
  credentialHeaders: ['X-Auth-Token', 'Authorization', 'X-Sdk-Date', 'X-Security-Token', 'X-Project-Id'],
  apiPages: async () => (await import('./pagination.js')).codeartsApiPages,
  createClient: async (http) => (await import('./client.js')).createCodeartsClient(http),
  verify: async (http) => (await import('./verify.js')).verifyCodeartsCredentials(http),
  credentials: async () => (await import('./sign-in.js')).codeartsCredentials,
  catalog: async () => (await import('./catalog-view.js')).codeartsCatalogView,
  secretFields: async () => (await import('./catalog.js')).codeartsSecretFields,
  emulator: async () => (await import('../../emulator/codearts/index.js')).install,
};
