declare const __REGNOTIFY_VERSION__: string | undefined;

/** Replaced by the build; tests that import sources directly see the dev marker. */
export const VERSION: string = typeof __REGNOTIFY_VERSION__ === 'string' ? __REGNOTIFY_VERSION__ : '0.0.0-dev';
