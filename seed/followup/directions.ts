/**
 * Whether a higher value is better, for the Kolada KPIs of the nära vård
 * selection where the KPI's own definition leaves no doubt. Every other KPI
 * is seeded with 'neither': a share of people with home care, a cost per
 * inhabitant or a number of visits is neither good nor bad in itself, and a
 * county's coordinator can set the direction where the county has decided.
 */

export type KnownDirection = 'higher_is_better' | 'lower_is_better';

export const kpiDirections: Record<string, { direction: KnownDirection; why: string }> = {
	// injuries and avoidable hospital care
	N20402: { direction: 'lower_is_better', why: 'fallskador bland personer 80+' },
	N20434: { direction: 'lower_is_better', why: 'fallskador bland personer 80+' },
	N20410: { direction: 'lower_is_better', why: 'fallskador bland personer 65–79' },
	U20462: { direction: 'lower_is_better', why: 'fallskador bland personer 65+' },
	N20409: { direction: 'lower_is_better', why: 'höftfrakturer bland personer 80+' },
	N72837: { direction: 'lower_is_better', why: 'vårdtillfällen vid höftfraktur' },
	U79133: { direction: 'lower_is_better', why: 'påverkbar slutenvård vid kronisk sjukdom' },
	N20506: { direction: 'lower_is_better', why: 'oplanerade återinskrivningar' },
	U79092: { direction: 'lower_is_better', why: 'oplanerade återinskrivningar inom 30 dagar' },
	N79176: { direction: 'lower_is_better', why: 'vårdplatser belagda av utskrivningsklara' },
	N20403: { direction: 'lower_is_better', why: 'vårdtid som utskrivningsklar' },
	// medication safety
	U21426: { direction: 'lower_is_better', why: 'olämpliga läkemedel, hemtjänst' },
	U23421: { direction: 'lower_is_better', why: 'olämpliga läkemedel, särskilt boende' },
	// lifestyle and health
	U01402: { direction: 'lower_is_better', why: 'daglig rökning' },
	U01404: { direction: 'lower_is_better', why: 'riskabla alkoholvanor' },
	U01425: { direction: 'lower_is_better', why: 'stillasittande mer än 7 timmar per dag' },
	U01411: { direction: 'lower_is_better', why: 'fetma' },
	U01760: { direction: 'lower_is_better', why: 'övervikt eller fetma' },
	U01429: { direction: 'higher_is_better', why: 'fysiskt aktiva minst 150 min/vecka' },
	U01473: { direction: 'higher_is_better', why: 'gott psykiskt välbefinnande' },
	U01472: { direction: 'lower_is_better', why: 'besvär av ängslan, oro eller ångest' },
	N01452: { direction: 'lower_is_better', why: 'allvarlig psykisk påfrestning' },
	N61603: { direction: 'lower_is_better', why: 'självmord' },
	// continuity, access and trust
	N78113: {
		direction: 'higher_is_better',
		why: 'patientupplevd kvalitet vid hälso- och vårdcentral (enligt Koladas beskrivning: vården vid besöket och förtroendet för läkaren)'
	},
	U71455: { direction: 'higher_is_better', why: 'patientupplevd kontinuitet och koordinering' },
	U70450: { direction: 'higher_is_better', why: 'rimlig väntetid' },
	U71458: { direction: 'higher_is_better', why: 'förtroende för vård-/hälsocentral' },
	U70447: { direction: 'higher_is_better', why: 'förtroende för sjukvården i sin helhet' },
	U71456: { direction: 'higher_is_better', why: 'patientupplevd information och kunskap' },
	N79173: { direction: 'higher_is_better', why: 'medicinsk bedömning inom tre dagar' },
	U21505: { direction: 'higher_is_better', why: 'trygga med hemtjänsten' },
	U23521: { direction: 'higher_is_better', why: 'trygga på äldreboendet' },
	U01405: { direction: 'higher_is_better', why: 'bra självskattat hälsotillstånd' },
	U72552: { direction: 'higher_is_better', why: 'första besök i BUP inom 90 dagar' },
	U79119: { direction: 'higher_is_better', why: 'utredning/behandling i BUP inom 30 dagar' },
	N21497: { direction: 'higher_is_better', why: 'brukare som träffar sin fasta omsorgskontakt' },
	U21432: {
		direction: 'higher_is_better',
		why: 'åtgärder mot fall, undernäring, trycksår och nedsatt munhälsa'
	},
	U21343: { direction: 'higher_is_better', why: 'SIP med video: breddinfört (2) före test (1)' }
};
