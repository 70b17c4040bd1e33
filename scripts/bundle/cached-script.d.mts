export const CODE_CACHE_REGISTRY: unique symbol;
export function loadCachedCommonJs(file: string, cacheFile: string): { exports: unknown; cacheRejected: boolean | undefined };
