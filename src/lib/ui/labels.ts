/**
 * Swedish names of the content's codes, as the forms and pages show them.
 * (The content is Swedish; these are not translated.)
 */

export const visibilityLabel: Record<string, string> = {
	public: 'Alla (offentlig)',
	internal: 'Bara inloggade i länet (intern)'
};

export const visibilityOptions = Object.entries(visibilityLabel).map(([value, label]) => ({
	value,
	label
}));

export const groupLevelLabel: Record<string, string> = {
	county: 'Länsövergripande',
	subregional: 'Delregional',
	local: 'Lokal',
	political: 'Politisk'
};

export const decisionSubjectLabel: Record<string, string> = {
	vision_adoption: 'Godkännande av målbilden',
	roadmap_approval: 'Godkännande av färdplanen',
	other: 'Annat beslut'
};

export const datePrecisionLabel: Record<string, string> = {
	day: 'Dagen är känd',
	month: 'Bara månaden är känd'
};

export const roadmapKindLabel: Record<string, string> = {
	development_area: 'Utvecklingsområde',
	prerequisite: 'Förutsättning',
	goal_area: 'Målområde',
	milestone: 'Milstolpe'
};

/** The parts of a vision: heading of the part, and the name of one item in it. */
export const visionKinds: { kind: string; heading: string; item: string; hint: string }[] = [
	{
		kind: 'citizen_statement',
		heading: 'Det här ska invånarna uppleva',
		item: 'Påstående',
		hint: 'Invånarens röst, i första person.'
	},
	{
		kind: 'concept',
		heading: 'Det här betyder nära',
		item: 'Begrepp',
		hint: 'Ett begrepp och vad det betyder.'
	},
	{
		kind: 'focus_shift',
		heading: 'Förflyttningar vi gör tillsammans',
		item: 'Förflyttning',
		hint: 'Ett namn på förflyttningen, vad vi går från och vad vi går till.'
	},
	{
		kind: 'principle',
		heading: 'Principer som guidar oss i arbetet',
		item: 'Princip',
		hint: ''
	},
	{ kind: 'core_value', heading: 'Kärnvärden', item: 'Kärnvärde', hint: '' },
	{
		kind: 'direction_stage',
		heading: 'Gemensam färdriktning',
		item: 'Steg',
		hint: 'Stegen i den ordning de tas.'
	},
	{ kind: 'strategy_step', heading: 'Strategimodellen', item: 'Del', hint: '' }
];
