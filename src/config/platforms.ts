// Plain constants (no zod) so the start-up path stays light.
export const PLATFORMS = ['quay', 'alauda', 'codearts'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, string> = {
  quay: 'Red Hat Quay',
  alauda: 'Alauda',
  codearts: 'Huawei Cloud CodeArts Repo',
};

/** Public hosts used when neither flag, env nor profile names a server. CodeArts depends on the region. */
export const DEFAULT_SERVERS: Partial<Record<Platform, string>> = {
  quay: 'https://quay.io',
  alauda: 'https://api.alauda.cn',
};
