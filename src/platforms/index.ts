// The platforms regnotify knows. Adding one = a folder src/platforms/<name>/ with its descriptor, and one line here.
import { alaudaPlatform } from './alauda/index.js';
import { codeartsPlatform } from './codearts/index.js';
import type { PlatformDescriptor } from './descriptor.js';
import { quayPlatform } from './quay/index.js';

export const DESCRIPTORS = { quay: quayPlatform, alauda: alaudaPlatform, codearts: codeartsPlatform } as const;

export type Platform = keyof typeof DESCRIPTORS;

export const PLATFORMS = Object.keys(DESCRIPTORS) as [Platform, ...Platform[]];

export function descriptorOf(platform: Platform): PlatformDescriptor {
  return DESCRIPTORS[platform];
}

export type { PlatformDescriptor };
