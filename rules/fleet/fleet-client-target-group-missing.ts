/**
 * Client-side targeting across machines: a client whose TargetGroup names a computer group its WSUS
 * server does not have lands in Unassigned Computers (server in client-side targeting mode).
 */
import { defineFleetRule, fleetFact } from '../../engine/fleet/fleet-rule.js';
import { WSUS_CONFIGURE } from '../references.js';
import { client, server } from './shared/test-fleet.js';

const GROUPS = ['All Computers', 'Unassigned Computers', 'Workstations', 'Servers'];

export default defineFleetRule({
  id: 'fleet-client-target-group-missing',
  ref: 'WSUS-0908',
  title: 'Clients target a computer group their WSUS server does not have (client-side targeting)',
  severity: 'warning',
  category: 'fleet',
  subject: 'server',
  appliesTo: { when: fleetFact('server.targeting.clientsUsingTargeting', 'greaterThan', 0) },
  requires: ['server.targeting.groupsText'],
  when: fleetFact('server.targeting.missing.clients', 'lengthGreaterThan', 0),
  message:
    '{{server.targeting.missing.clients|count}} client(s) pointing at {{server.name}} use client-side targeting into groups the server does not have: {{server.targeting.missing.text}}. ' +
    'Server groups: {{server.targeting.groupsText}} (targeting mode: {{server.targeting.mode}}). WSUS puts these clients in Unassigned Computers, so they get only the approvals made for Unassigned Computers or All Computers.',
  machines: 'server.targeting.missing.machines',
  noSubjects: 'no WSUS server fact file is in the batch',
  evidence: ['server.url', 'server.targeting.clientsUsingTargeting'],
  summary: 'Every TargetGroup of the clients pointing at this server names one of its computer groups (or the server uses server-side targeting, where TargetGroup is ignored).',
  rationale:
    'Microsoft "Configure WSUS": with client-side targeting ("Use Group Policy or registry settings on computers"), the groups must first be created in the WSUS console, and a computer whose TargetGroup does not exist is placed in Unassigned Computers. ' +
    'The server\'s groups and mode come from the WSUS API (IUpdateServer.GetComputerTargetGroups, IUpdateServerConfiguration.TargetingMode) in the server fact file; the clients\' TargetGroupEnabled / TargetGroup (several names separated by ";") from their policy. Names compare case-insensitively. ' +
    'In server-side targeting mode TargetGroup is ignored, so nothing is reported; a server fact file without its groups gives insufficient evidence. Warning: the clients still scan and report.',
  remediation: [
    'Create the missing group in the WSUS console (Computers > All Computers > Add Computer Group) with exactly the name the policy uses, or',
    'Correct the "Enable client-side targeting" policy of these clients to an existing group name (gpresult /h gp.html shows the winning GPO).',
    'After gpupdate /force and a detection on a client, check that it moved out of Unassigned Computers.',
  ],
  references: [WSUS_CONFIGURE],
  tests: [
    { name: 'a client targeting an existing group passes', machines: [server({ targeting: { mode: 'client', groups: GROUPS } }), client('PC1', { targetGroup: 'Workstations' })], expect: 'pass' },
    { name: 'group names compare case-insensitively, several groups separated by ";"', machines: [server({ targeting: { mode: 'client', groups: GROUPS } }), client('PC1', { targetGroup: 'workstations; SERVERS' })], expect: 'pass' },
    {
      name: 'a group the server does not have fails and names server and client',
      machines: [server({ targeting: { mode: 'client', groups: GROUPS } }), client('PC1', { targetGroup: 'Workstations' }), client('PC2', { targetGroup: 'Laptops' })],
      expect: 'fail',
      expectMachines: ['wsus01.contoso.com', 'pc2.contoso.com'],
      message: 'pc2.contoso.com: Laptops',
    },
    { name: 'server-side targeting ignores TargetGroup', machines: [server({ targeting: { mode: 'server', groups: GROUPS } }), client('PC2', { targetGroup: 'Laptops' })], expect: 'pass' },
    { name: 'a server fact file without its groups is insufficient evidence', machines: [server(), client('PC2', { targetGroup: 'Laptops' })], expect: 'insufficientEvidence' },
    { name: 'no client uses client-side targeting: not applicable', machines: [server({ targeting: { mode: 'client', groups: GROUPS } }), client('PC1')], expect: 'notApplicable' },
  ],
});
