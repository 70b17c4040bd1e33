/** Built-in rules about WSUS servers (explicit list: no directory scanning). */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';
import wsusServiceNotRunning from './wsus-service-not-running.js';

export const serverRules: RuleDefinition<string>[] = [wsusServiceNotRunning];
