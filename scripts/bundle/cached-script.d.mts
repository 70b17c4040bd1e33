export function loadCachedCommonJs(file: string, cacheFile: string): { exports: unknown; cacheRejected: boolean | undefined };
export function createCodeCache(file: string, cacheFile: string, warm: (exports: unknown) => void): void;
