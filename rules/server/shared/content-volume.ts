/** The content-volume thresholds shared by the low-space (warning) and full (error) rules. */
import { any, fact } from '../../../engine/dsl/define-rule.js';

/** Full: under 1 GB or under 1 % free - WSUS cannot store new content. */
export const CONTENT_VOLUME_FULL = any(fact('contentStore.volumeFreeMB', 'lessThan', 1024), fact('contentStore.volumeFreePercent', 'lessThan', 1));
/** Low: under 10 % free (best practices: keep room for content and for SUSDB growth). */
/** Below the free-space threshold (derived.thresholds.freeSpacePercent: 10 % by default, configurable). */
export const CONTENT_VOLUME_LOW = fact('contentStore.volumeFreePercent', 'lessThan', { fact: 'derived.thresholds.freeSpacePercent.value' });
