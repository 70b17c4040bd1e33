/**
 * Which ConfigMgr site-system roles a site-server rule applies to, written once. A configMgr
 * section that could not be read leaves the rule applicable (its requires give insufficient
 * evidence); only a machine known not to have the role is not applicable.
 */
import { all, any, fact, not } from '../../../engine/dsl/define-rule.js';

/** A site server (wsyncmgr.log), or unknown. */
export const MAYBE_SITE_SERVER = not(any(fact('configMgr.status', 'equal', 'notApplicable'), fact('configMgr.isSiteServer', 'equal', false)));

/** A site server (WCM.log) or a software update point (WSUSCtrl.log), or unknown. */
export const MAYBE_SITE_SERVER_OR_SUP = not(
  any(
    fact('configMgr.status', 'equal', 'notApplicable'),
    all(fact('configMgr.isSiteServer', 'equal', false), fact('configMgr.isSoftwareUpdatePoint', 'equal', false)),
  ),
);
