/**
 * Dated table of the Windows Server 2012 / 2012 R2 Monthly Rollups (and their Security-only
 * updates, which do NOT qualify) and of Windows Server 2016 cumulative updates, for the
 * KB 4025764 prerequisite ("KB4039873 / KB4039871 or a later Monthly Rollup; KB4039396 or a
 * later cumulative update"). Read by engine/derive/derive-prerequisite-update.ts.
 *
 * WHERE EACH LIST CAME FROM (every KB below was read in one of these; none is from memory):
 *
 * [WO-MR] WSUS Offline Update, client/exclude/HideList-seconly.txt ("all known update rollups",
 *   one "kbNNNNNNN,<Month YYYY> Security Monthly Quality Rollup for ..." line each), as stored in
 *   github.com/LizenzFass78851/wsusofflineupdatepacks (commit 233294c7) and, for an older copy,
 *   github.com/LizenzFass78851/wsusoffline. Monthly Rollups for 2012 and 2012 R2, October 2016 -
 *   December 2022 (October 2019 has two per OS: an out-of-band and the regular one; July 2021 has
 *   the out-of-band "7th July 2021 Cumulative Update" too). The two copies disagree on October
 *   2020 for 2012 R2: the newer names KB4580347 the Monthly Rollup (and KB4579978 a .NET rollup),
 *   the older the reverse. The newer copy is used and KB4579978 is left out (unclassified).
 * [WO-SO] WSUS Offline Update, client/static/StaticUpdateIds-w63-seconly.txt (2012 R2, October
 *   2016 - December 2022) and StaticUpdateIds-w62-seconly.txt (2012, October 2016 - December
 *   2021) in the same repository: the "Security Only Quality Update" KB of each month.
 * [CAT] Microsoft Update Catalog titles quoted in public install scripts:
 *   "2023-10 Security Monthly Quality Rollup for Windows Server 2012 R2 for x64-based Systems
 *   (KB5031419)" and "2023-09 Servicing Stack Update for Windows Server 2012 R2 (KB5030329)"
 *   (a Windows-VM provisioning script); "2023-08 Servicing Stack Update for Windows Server 2012 R2
 *   (KB5029368)", "2021-04 Servicing Stack Update for Windows Server 2012 (KB5001401)",
 *   "2017-05 Update for Windows Server 2012 (KB4019990)" and "2023-08 Cumulative Update for
 *   Windows Server 2016 (KB5029242)" (a Chef recipe); "2019-03 Cumulative Update for Windows
 *   Server 2016 (KB4489882)" (OSDUpdate release notes); "2018-08 Cumulative Update for Windows
 *   Server 2016 (KB4343887)" (OSBuilderJSON catalog).
 * [UH16] "Windows 10 and Windows Server 2016 update history" (support.microsoft.com), as
 *   transcribed in github.com/altrhombus/DataForGeeks content/ms/mswin/buildnumbers.json:
 *   the 14393.x cumulative updates from August 2016 to April 2017 with their OS builds.
 * [KB4025764] KB 4025764 names KB4039873 (2012), KB4039871 (2012 R2), KB4039396 (2016). The
 *   ConfigMgr performance FAQ dates KB4039871 and KB4039396 to August 2017 ("any non-security-only
 *   cumulative update released August 2017 or later") and names KB4041690 (October 2017) for
 *   2012. wsus-facts.md 1.1 (S45, community): KB4039396 is OS build 14393.1670.
 * [ISO] A community build note for "Windows Server 2016 Build 14393.1532 July 2017" listing its
 *   cumulative update KB4025334 (community source; used only as a pre-threshold CU).
 *
 * NOT COVERED (could not be verified from the sources above, so such KBs stay unclassified and
 * give "unknown", never a pass or a fail): 2012 and 2012 R2 Monthly Rollups of January -
 * September 2023, the October 2023 Monthly Rollup for 2012, every ESU update (November 2023
 * onwards), 2012 Security-only updates of 2022-2023, all Preview Monthly Rollups except the two
 * KB 4025764 names, 2016 cumulative updates other than those listed, and .NET Framework
 * rollups. KB4039873's exact release month is not in the sources either (see THRESHOLDS).
 */

export type RollupFamily = '2012' | '2012R2' | '2016';

/**
 * monthlyRollup: Security Monthly Quality Rollup (cumulative; qualifies from the threshold on);
 * previewRollup: Preview of Monthly Quality Rollup (the threshold KBs of 2012 / 2012 R2 are previews);
 * securityOnly: Security Only Quality Update (never qualifies: it lacks the non-security fixes);
 * cumulativeUpdate: Windows Server 2016 cumulative update (qualifies at OS build 14393.1670 or later);
 * other: servicing stack and other updates that are known not to be a rollup.
 */
export type KnownUpdateKind = 'monthlyRollup' | 'previewRollup' | 'securityOnly' | 'cumulativeUpdate' | 'other';

export interface KnownUpdate {
  kb: string;
  family: RollupFamily;
  kind: KnownUpdateKind;
  /** Release month, YYYY-MM (the sources date most entries by month only). */
  released: string;
  /** 2016: the OS build revision (UBR) the cumulative update brings, when the source gives it. */
  ubr?: number;
  /** Source key from the header. */
  source: 'WO-MR' | 'WO-SO' | 'CAT' | 'UH16' | 'KB4025764' | 'ISO';
}

export interface PrerequisiteThreshold {
  family: RollupFamily;
  /** The update KB 4025764 names. */
  requiredKb: string;
  /** Its release month as far as the sources tell (YYYY-MM). */
  requiredReleased: string;
  /** False when requiredReleased is an assumption rather than read in a source. */
  requiredReleasedVerified: boolean;
  /**
   * First day from which an installed update can be the required one or later: an update installed
   * before it cannot qualify, whatever its KB.
   */
  earliestInstall: string;
  /**
   * Monthly Rollups (2016: cumulative updates) released in this month (YYYY-MM) or later qualify.
   */
  qualifiesFromMonth: string;
  /**
   * Known rollups the sources disagree on: installed alone they give "unknown", not a pass or fail.
   */
  disputedKbs: Record<string, string>;
  /** 2016 only: the UBR of the required update (14393.1670). */
  requiredUbr?: number;
}

export const THRESHOLDS: Readonly<Record<RollupFamily, PrerequisiteThreshold>> = {
  '2012': {
    family: '2012',
    requiredKb: 'KB4039873',
    // Not in the sources: KB 4025764 gives no date. It is numbered after the August 2017 Monthly
    // Rollup (KB4034665) and the ConfigMgr FAQ's 2012 update is October 2017 (KB4041690).
    requiredReleased: '2017-08',
    requiredReleasedVerified: false,
    earliestInstall: '2017-08-01',
    // Both sources agree from October 2017 (the FAQ's KB4041690) on.
    qualifiesFromMonth: '2017-10',
    disputedKbs: {
      KB4038799:
        'the September 2017 Monthly Rollup for Windows Server 2012 may or may not contain KB4039873 (its release month is not known here), and the ConfigMgr FAQ only accepts October 2017 (KB4041690) or later',
    },
  },
  '2012R2': {
    family: '2012R2',
    requiredKb: 'KB4039871',
    requiredReleased: '2017-08',
    requiredReleasedVerified: true,
    earliestInstall: '2017-08-01',
    // The September 2017 Monthly Rollup is the first regular rollup after KB4039871 (an August 2017 preview).
    qualifiesFromMonth: '2017-09',
    disputedKbs: {
      KB4034681:
        'the August 2017 Monthly Rollup for Windows 8.1 / Server 2012 R2 is accepted by the ConfigMgr FAQ ("August 2017 or later") but may predate KB4039871, which KB 4025764 requires',
    },
  },
  '2016': {
    family: '2016',
    requiredKb: 'KB4039396',
    requiredReleased: '2017-08',
    requiredReleasedVerified: true,
    earliestInstall: '2017-08-01',
    qualifiesFromMonth: '2017-09',
    disputedKbs: {},
    requiredUbr: 1670,
  },
};

type Row = [month: string, rollup2012: string | null, rollup2012R2: string | null, secOnly2012: string | null, secOnly2012R2: string | null];

/** [WO-MR] / [WO-SO]: one row per month: 2012 rollup, 2012 R2 rollup, 2012 security-only, 2012 R2 security-only. */
const MONTHLY: Row[] = [
  ['2016-10', 'KB3185332', 'KB3185331', 'KB3192393', 'KB3192392'],
  ['2016-11', 'KB3197877', 'KB3197874', 'KB3197876', 'KB3197873'],
  ['2016-12', 'KB3205409', 'KB3205401', 'KB3205408', 'KB3205400'],
  ['2017-03', 'KB4012217', 'KB4012216', 'KB4012214', 'KB4012213'],
  ['2017-04', 'KB4015551', 'KB4015550', 'KB4015548', 'KB4015547'],
  ['2017-05', 'KB4019216', 'KB4019215', 'KB4019214', 'KB4019213'],
  ['2017-06', 'KB4022724', 'KB4022726', 'KB4022718', 'KB4022717'],
  ['2017-07', 'KB4025331', 'KB4025336', 'KB4025343', 'KB4025333'],
  ['2017-08', 'KB4034665', 'KB4034681', 'KB4034666', 'KB4034672'],
  ['2017-09', 'KB4038799', 'KB4038792', 'KB4038786', 'KB4038793'],
  ['2017-10', 'KB4041690', 'KB4041693', 'KB4041679', 'KB4041687'],
  ['2017-11', 'KB4048959', 'KB4048958', 'KB4048962', 'KB4048961'],
  ['2017-12', 'KB4054520', 'KB4054519', 'KB4054523', 'KB4054522'],
  ['2018-01', 'KB4056896', 'KB4056895', 'KB4056899', 'KB4056898'],
  ['2018-02', 'KB4074593', 'KB4074594', 'KB4074589', 'KB4074597'],
  ['2018-03', 'KB4088877', 'KB4088876', 'KB4088880', 'KB4088879'],
  ['2018-04', 'KB4093123', 'KB4093114', 'KB4093122', 'KB4093115'],
  ['2018-05', 'KB4103730', 'KB4103725', 'KB4103726', 'KB4103715'],
  ['2018-06', 'KB4284855', 'KB4284815', 'KB4284846', 'KB4284878'],
  ['2018-07', 'KB4338830', 'KB4338815', 'KB4338820', 'KB4338824'],
  ['2018-08', 'KB4343901', 'KB4343898', 'KB4343896', 'KB4343888'],
  ['2018-09', 'KB4457135', 'KB4457129', 'KB4457140', 'KB4457143'],
  ['2018-10', 'KB4462929', 'KB4462926', 'KB4462931', 'KB4462941'],
  ['2018-11', 'KB4467701', 'KB4467697', 'KB4467678', 'KB4467703'],
  ['2018-12', 'KB4471330', 'KB4471320', 'KB4471326', 'KB4471322'],
  ['2019-01', 'KB4480975', 'KB4480963', 'KB4480972', 'KB4480964'],
  ['2019-02', 'KB4487025', 'KB4487000', 'KB4486993', 'KB4487028'],
  ['2019-03', 'KB4489891', 'KB4489881', 'KB4489884', 'KB4489883'],
  ['2019-04', 'KB4493451', 'KB4493446', 'KB4493450', 'KB4493467'],
  ['2019-05', 'KB4499171', 'KB4499151', 'KB4499158', 'KB4499165'],
  ['2019-06', 'KB4503285', 'KB4503276', 'KB4503263', 'KB4503290'],
  ['2019-07', 'KB4507462', 'KB4507448', 'KB4507464', 'KB4507457'],
  ['2019-08', 'KB4512518', 'KB4512488', 'KB4512482', 'KB4512489'],
  ['2019-09', 'KB4516055', 'KB4516067', 'KB4516062', 'KB4516064'],
  ['2019-10', 'KB4524154', 'KB4524156', null, null],
  ['2019-10', 'KB4520007', 'KB4520005', 'KB4519985', 'KB4519990'],
  ['2019-11', 'KB4525246', 'KB4525243', 'KB4525253', 'KB4525250'],
  ['2019-12', 'KB4530691', 'KB4530702', 'KB4530698', 'KB4530730'],
  ['2020-01', 'KB4534283', 'KB4534297', 'KB4534288', 'KB4534309'],
  ['2020-02', 'KB4537814', 'KB4537821', 'KB4537794', 'KB4537803'],
  ['2020-03', 'KB4541510', 'KB4541509', 'KB4540694', 'KB4541505'],
  ['2020-04', 'KB4550917', 'KB4550961', 'KB4550971', 'KB4550970'],
  ['2020-05', 'KB4556840', 'KB4556846', 'KB4556852', 'KB4556853'],
  ['2020-06', 'KB4561612', 'KB4561666', 'KB4561674', 'KB4561673'],
  ['2020-07', 'KB4565537', 'KB4565541', 'KB4565535', 'KB4565540'],
  ['2020-08', 'KB4571736', 'KB4571703', 'KB4571702', 'KB4571723'],
  ['2020-09', 'KB4577038', 'KB4577066', 'KB4577048', 'KB4577071'],
  ['2020-10', 'KB4580382', 'KB4580347', 'KB4580353', 'KB4580358'],
  ['2020-11', 'KB4586834', 'KB4586845', 'KB4586808', 'KB4586823'],
  ['2020-12', 'KB4592468', 'KB4592484', 'KB4592497', 'KB4592495'],
  ['2021-01', 'KB4598278', 'KB4598285', 'KB4598297', 'KB4598275'],
  ['2021-02', 'KB4601348', 'KB4601384', 'KB4601357', 'KB4601349'],
  ['2021-03', 'KB5000847', 'KB5000848', 'KB5000840', 'KB5000853'],
  ['2021-04', 'KB5001387', 'KB5001382', 'KB5001383', 'KB5001393'],
  ['2021-05', 'KB5003208', 'KB5003209', 'KB5003203', 'KB5003220'],
  ['2021-06', 'KB5003697', 'KB5003671', 'KB5003696', 'KB5003681'],
  ['2021-07', 'KB5004956', 'KB5004954', 'KB5004960', 'KB5004958'],
  ['2021-07', 'KB5004294', 'KB5004298', 'KB5004302', 'KB5004285'],
  ['2021-08', 'KB5005099', 'KB5005076', 'KB5005094', 'KB5005106'],
  ['2021-09', 'KB5005623', 'KB5005613', 'KB5005607', 'KB5005627'],
  ['2021-10', 'KB5006739', 'KB5006714', 'KB5006732', 'KB5006729'],
  ['2021-11', 'KB5007260', 'KB5007247', 'KB5007245', 'KB5007255'],
  ['2021-12', 'KB5008277', 'KB5008263', 'KB5008255', 'KB5008285'],
  ['2022-01', 'KB5009586', 'KB5009624', null, 'KB5009595'],
  ['2022-02', 'KB5010392', 'KB5010419', null, 'KB5010395'],
  ['2022-03', 'KB5011535', 'KB5011564', null, 'KB5011560'],
  ['2022-04', 'KB5012650', 'KB5012670', null, 'KB5012639'],
  ['2022-05', 'KB5014017', 'KB5014011', null, 'KB5014001'],
  ['2022-06', 'KB5014747', 'KB5014738', null, 'KB5014746'],
  ['2022-07', 'KB5015863', 'KB5015874', null, 'KB5016264'],
  ['2022-08', 'KB5016672', 'KB5016681', null, 'KB5016683'],
  ['2022-09', 'KB5017370', 'KB5017367', null, 'KB5017365'],
  ['2022-10', 'KB5018457', 'KB5018474', null, 'KB5018476'],
  ['2022-11', 'KB5020009', 'KB5020023', null, 'KB5020010'],
  ['2022-12', 'KB5021285', 'KB5021294', null, 'KB5021296'],
  ['2023-10', null, 'KB5031419', null, null],
];

/** Other updates read in the sources, by family. */
const OTHERS: KnownUpdate[] = [
  // The updates KB 4025764 names; the 2012 / 2012 R2 ones are Preview Monthly Rollups.
  { kb: 'KB4039873', family: '2012', kind: 'previewRollup', released: '2017-08', source: 'KB4025764' },
  { kb: 'KB4039871', family: '2012R2', kind: 'previewRollup', released: '2017-08', source: 'KB4025764' },
  // Servicing stack and other non-rollup updates [CAT].
  { kb: 'KB4019990', family: '2012', kind: 'other', released: '2017-05', source: 'CAT' },
  { kb: 'KB5001401', family: '2012', kind: 'other', released: '2021-04', source: 'CAT' },
  { kb: 'KB5029368', family: '2012R2', kind: 'other', released: '2023-08', source: 'CAT' },
  { kb: 'KB5030329', family: '2012R2', kind: 'other', released: '2023-09', source: 'CAT' },
  // Windows Server 2016 cumulative updates [UH16] (release dates and builds from the update history).
  { kb: 'KB3176929', family: '2016', kind: 'cumulativeUpdate', released: '2016-08', ubr: 10, source: 'UH16' },
  { kb: 'KB3176495', family: '2016', kind: 'cumulativeUpdate', released: '2016-08', ubr: 51, source: 'UH16' },
  { kb: 'KB3176934', family: '2016', kind: 'cumulativeUpdate', released: '2016-08', ubr: 82, source: 'UH16' },
  { kb: 'KB3176938', family: '2016', kind: 'cumulativeUpdate', released: '2016-08', ubr: 105, source: 'UH16' },
  { kb: 'KB3189866', family: '2016', kind: 'cumulativeUpdate', released: '2016-09', ubr: 189, source: 'UH16' },
  { kb: 'KB3193494', family: '2016', kind: 'cumulativeUpdate', released: '2016-09', ubr: 189, source: 'UH16' },
  { kb: 'KB3194496', family: '2016', kind: 'cumulativeUpdate', released: '2016-09', ubr: 222, source: 'UH16' },
  { kb: 'KB3194798', family: '2016', kind: 'cumulativeUpdate', released: '2016-10', ubr: 321, source: 'UH16' },
  { kb: 'KB3197954', family: '2016', kind: 'cumulativeUpdate', released: '2016-10', ubr: 351, source: 'UH16' },
  { kb: 'KB3200970', family: '2016', kind: 'cumulativeUpdate', released: '2016-11', ubr: 448, source: 'UH16' },
  { kb: 'KB3201845', family: '2016', kind: 'cumulativeUpdate', released: '2016-12', ubr: 479, source: 'UH16' },
  { kb: 'KB3206632', family: '2016', kind: 'cumulativeUpdate', released: '2016-12', ubr: 571, source: 'UH16' },
  { kb: 'KB3213986', family: '2016', kind: 'cumulativeUpdate', released: '2017-01', ubr: 693, source: 'UH16' },
  { kb: 'KB3216755', family: '2016', kind: 'cumulativeUpdate', released: '2017-01', ubr: 726, source: 'UH16' },
  { kb: 'KB4010672', family: '2016', kind: 'cumulativeUpdate', released: '2017-01', ubr: 729, source: 'UH16' },
  { kb: 'KB4013429', family: '2016', kind: 'cumulativeUpdate', released: '2017-03', ubr: 953, source: 'UH16' },
  { kb: 'KB4015438', family: '2016', kind: 'cumulativeUpdate', released: '2017-03', ubr: 969, source: 'UH16' },
  { kb: 'KB4016635', family: '2016', kind: 'cumulativeUpdate', released: '2017-03', ubr: 970, source: 'UH16' },
  { kb: 'KB4015217', family: '2016', kind: 'cumulativeUpdate', released: '2017-04', ubr: 1083, source: 'UH16' },
  { kb: 'KB4025334', family: '2016', kind: 'cumulativeUpdate', released: '2017-07', ubr: 1532, source: 'ISO' },
  { kb: 'KB4039396', family: '2016', kind: 'cumulativeUpdate', released: '2017-08', ubr: 1670, source: 'KB4025764' },
  { kb: 'KB4343887', family: '2016', kind: 'cumulativeUpdate', released: '2018-08', source: 'CAT' },
  { kb: 'KB4489882', family: '2016', kind: 'cumulativeUpdate', released: '2019-03', source: 'CAT' },
  { kb: 'KB5029242', family: '2016', kind: 'cumulativeUpdate', released: '2023-08', source: 'CAT' },
];

function buildTable(): KnownUpdate[] {
  const rows: KnownUpdate[] = [];
  for (const [month, mr12, mr12r2, so12, so12r2] of MONTHLY) {
    if (mr12) rows.push({ kb: mr12, family: '2012', kind: 'monthlyRollup', released: month, source: 'WO-MR' });
    if (mr12r2) rows.push({ kb: mr12r2, family: '2012R2', kind: 'monthlyRollup', released: month, source: month === '2023-10' ? 'CAT' : 'WO-MR' });
    if (so12) rows.push({ kb: so12, family: '2012', kind: 'securityOnly', released: month, source: 'WO-SO' });
    if (so12r2) rows.push({ kb: so12r2, family: '2012R2', kind: 'securityOnly', released: month, source: 'WO-SO' });
  }
  return [...rows, ...OTHERS];
}

/** Every known update, in release order per family (monthly table first, then the others). */
export const KNOWN_UPDATES: readonly KnownUpdate[] = buildTable();

const BY_FAMILY: ReadonlyMap<RollupFamily, ReadonlyMap<string, KnownUpdate>> = new Map(
  (['2012', '2012R2', '2016'] as const).map((family) => [
    family,
    new Map(KNOWN_UPDATES.filter((u) => u.family === family).map((u) => [u.kb, u])),
  ]),
);

/** The known update with this KB id (upper-case "KBnnnnnnn") for the family, if any. */
export function lookupUpdate(family: RollupFamily, kb: string): KnownUpdate | undefined {
  return BY_FAMILY.get(family)?.get(kb);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2017-08" -> "August 2017". */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
