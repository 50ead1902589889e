import type { SeedCounty } from '../types.ts';

/**
 * Dalarna: the interim report (Delrapport, 2021-06-03) from Styrgrupp God och Nära vård on
 * the work towards a county-wide strategy (Färdplan) for God och Nära vård in Dalarna.
 * Everything here is a first proposal ("Första förslag") in that report.
 */
export const dalarna: SeedCounty = {
	countyCode: '20',
	vision: {
		title: 'Nära genom hela livet – gemensamt tillsammans',
		subtitle:
			'Nära för mig – Nära för alla – Nära i hela Dalarna – Nära mellan oss – Nära till hälsa',
		intro:
			'Styrgruppen för God och Nära vård lämnar ett förslag till en gemensam målbild för Region Dalarna och länets 15 kommuner. I målbilden används ord som vi tror kan skapa mervärde för våra medborgare och som har använts av både förvaltningschefer och förtroendevalda politiker under inspirationsdagarna. Huvudmålbilden har brutits ned i fem Nära-begrepp, som beskrivs med ord hämtade från inspirationsdagarna och från omvärldsplanerna.',
		source: '003_d73e8bd60805b56a.txt',
		items: [
			{
				kind: 'concept',
				title: 'Nära för mig',
				body: 'Delaktig utifrån mina egna förmågor och behov. Blir bemött med respekt och tilltro.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'concept',
				title: 'Nära för alla',
				body: 'En tillgänglig vård som är jämställd och jämlik – för barn och unga, för dig mitt i livet och för dig som är äldre.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'concept',
				title: 'Nära i hela Dalarna',
				body: 'Oavsett var du bor i länet ska du få tillgång till likvärdig, individanpassad vård och stöd – geografiskt eller via digitala lösningar.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'concept',
				title: 'Nära mellan oss',
				body: 'Med tillit och prestigelöshet arbetar vi inom och mellan oss på ett gränsöverskridande och relationsskapande sätt.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'concept',
				title: 'Nära till hälsa',
				body: 'Hälsofrämjande och förebyggande insatser utifrån var jag befinner mig i mitt liv.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Samarbete',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Samverkan',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Tillsammans',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Trygghet',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Individen i centrum',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Närhet',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Effektivitet',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Enkelhet',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'core_value',
				title: 'Jämlikhet',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'principle',
				title: 'Lyssna på varandra',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'principle',
				title: 'Vara modiga och våga ta beslut',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'principle',
				title: 'Bygga vidare på det vi har lärt oss från pandemin',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'principle',
				title: 'Skapa en gemensam kunskapsbas',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'principle',
				title: 'Skapa enkla kontaktvägar och sömlöshet',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'principle',
				title: 'Utgå ifrån befolkningen',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'principle',
				title: 'Skapa en samverkanskultur tillsammans',
				body: '',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'strategy_step',
				title: 'Målbild',
				body: 'Vår vision i Dalarna. Huvudmålbilden ”Nära genom hela livet – gemensamt tillsammans” bryts ned i fem Nära-begrepp.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'strategy_step',
				title: 'Målområden/Strategiska områden',
				body: 'Vilka områden som prioriteras i Dalarna. Inom kunskapsstyrningen finns lokala programområden (LPO), där både kommun och region är representerade, som kan vara bärare av Nära-begreppen och förvalta dem. Styrgruppens första förslag är sex målområden.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'strategy_step',
				title: 'Definition av God och Nära vård – kärnvärden',
				body: 'Kärnvärden i Dalarna. På inspirationsdagarna ställdes frågan om vad man ville uppnå med God och Nära vård i Dalarna, och utifrån svaren samlades de ord som flest personer skrev upp.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'strategy_step',
				title: 'Enkla principer för samverkan',
				body: 'Enkla principer för hur samverkan ska lyckas i Dalarna. Även dessa begrepp kom upp under inspirationsdagarna och bedöms viktiga att tydliggöra.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'strategy_step',
				title: 'Nyckeltal',
				body: 'Mått för att följa upp att vi lyckas nå dit vi vill i Dalarna.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från organisation till person och relation',
				body: '',
				fromText: 'Organisation',
				toText: 'Person och relation',
				focusShiftKey: 'person',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från passiv mottagare till aktiv medskapare',
				body: '',
				fromText: 'Passiv mottagare',
				toText: 'Aktiv medskapare',
				focusShiftKey: 'co_creator',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från reaktiv till proaktiv och hälsofrämjande',
				body: '',
				fromText: 'Reaktiv',
				toText: 'Proaktiv och hälsofrämjande',
				focusShiftKey: 'proactive',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från isolerade insatser till samordnat utifrån personens fokus',
				body: '',
				fromText: 'Isolerade vård- och omsorgsinsatser',
				toText: 'Samordnat utifrån personens fokus',
				focusShiftKey: 'coordination',
				source: '003_d73e8bd60805b56a.txt'
			}
		]
	},
	roadmap: {
		title: 'Färdplan – länsgemensam strategi för God och Nära vård i Dalarna',
		intro:
			'Styrgruppen för God och Nära vård, med tre representanter från kommunerna och tre från regionen, arbetar fram ett förslag till gemensam strategi/färdplan för God och Nära vård i Dalarna, för Region Dalarna och länets 15 kommuner. Strategin ska göra det möjligt att möta behoven i framtiden genom att anpassa tjänster och utveckla arbetssätt så att patienter och brukare får den hjälp de behöver, oavsett huvudman. Delrapporten från juni 2021 beskriver arbetet hittills och lämnar ett första förslag enligt modellen målbild → målområden → kärnvärden → enkla principer för samverkan → nyckeltal.',
		source: '003_d73e8bd60805b56a.txt',
		items: [
			{
				kind: 'goal_area',
				key: 'aldre',
				title: 'Äldre',
				body: 'Ett av de sex målområden som styrgruppen föreslår. Lokala programområden (LPO) inom kunskapsstyrningen, där både kommun och region är representerade, kan vara bärare av Nära-begreppen och förvalta dem.\n\nFörtroendevalda lyfte på inspirationsdagen 28 april 2021 äldre sköra patienter: samordna och hålla ihop, mobila team som gör bedömningen på plats, läkarmedverkan och hemtagningsteam.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'goal_area',
				key: 'barn_och_unga',
				title: 'Barn och unga',
				body: 'Ett av de sex målområden som styrgruppen föreslår. Lokala programområden (LPO) inom kunskapsstyrningen, där både kommun och region är representerade, kan vara bärare av Nära-begreppen och förvalta dem.\n\nFörtroendevalda lyfte på inspirationsdagen 28 april 2021 barn och unga och familjecentraler: en samlad barn- och ungdomshälsa med kompetens och lokaler för specialistfunktioner, där hälsofrämjande insatser är navet.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'goal_area',
				key: 'levnadsvanor',
				title: 'Levnadsvanor',
				body: 'Ett av de sex målområden som styrgruppen föreslår. Lokala programområden (LPO) inom kunskapsstyrningen, där både kommun och region är representerade, kan vara bärare av Nära-begreppen och förvalta dem.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'goal_area',
				key: 'psykisk_halsa',
				title: 'Psykisk hälsa',
				body: 'Ett av de sex målområden som styrgruppen föreslår. Lokala programområden (LPO) inom kunskapsstyrningen, där både kommun och region är representerade, kan vara bärare av Nära-begreppen och förvalta dem.\n\nOm psykisk ohälsa sa förtroendevalda på inspirationsdagen 28 april 2021 att det är nödvändigt att samordna sig: börja någonstans, testa, utveckla och testa igen. Vilka är våra typpatienter och vad har de för behov?',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'goal_area',
				key: 'primarvard',
				title: 'Primärvård',
				body: 'Ett av de sex målområden som styrgruppen föreslår. Lokala programområden (LPO) inom kunskapsstyrningen, där både kommun och region är representerade, kan vara bärare av Nära-begreppen och förvalta dem.\n\nNära vård är inte en ny organisationsnivå eller en benämning på dagens primärvård, även om primärvården utgör ett nav i den nära vården.',
				source: '003_d73e8bd60805b56a.txt'
			},
			{
				kind: 'goal_area',
				key: 'rehabilitering',
				title: 'Rehabilitering, habilitering och försäkringsmedicin',
				body: 'Ett av de sex målområden som styrgruppen föreslår. Lokala programområden (LPO) inom kunskapsstyrningen, där både kommun och region är representerade, kan vara bärare av Nära-begreppen och förvalta dem.',
				source: '003_d73e8bd60805b56a.txt'
			}
		]
	},
	groups: [
		{
			name: 'Styrgrupp God och Nära vård',
			level: 'county',
			composition:
				'Tre representanter från kommunerna och tre från regionen. Enligt delrapporten (juni 2021): Anna Nurmilehto, resultatenhetschef Vård och omsorg, VC HSL, Avesta kommun; Pernilla Andersson, verksamhetschef HSL och särskilt boende, Ludvika kommun; Marie van Geffen Blomberg, avdelningschef Sociala sektorn, äldreomsorg, VC HSL, Leksands kommun (slutade i maj 2021); Susanne Magnusson, verksamhetschef Medicinkliniken, Region Dalarna; Charlotta Borelius, biträdande divisionschef Primärvård, Region Dalarna; Jeanette Hjortsberg, divisionschef Psykiatri, Region Dalarna (slutade i maj 2021); Annika Olofsson, projektledare God och nära vård, Region Dalarna (började i maj 2021). En processledare anställdes för att driva och samordna arbetet.',
			mandate:
				'Bildades efter beslut av Länschefsnätverket och Välfärdsrådet våren 2020 och påbörjade sitt arbete hösten 2020. Styrgruppens yttersta uppdrag är att arbeta fram ett förslag till gemensam strategi/färdplan för God och Nära vård i Dalarna. Arbetet innefattar bland annat att inhämta kunskapsunderlag (inventering av vad som görs i regionen och kommunerna, omvärldsbevakning av andra län och analyser av resultaten) och att genomföra inspirations- och kunskapsdagar för tjänsteledning och politiska företrädare.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			name: 'Länsnätverket för förvaltningschefer (Länschefsnätverket)',
			level: 'county',
			composition:
				'Länets nätverk för förvaltningschefer; delrapporten anger inte sammansättningen närmare.',
			mandate:
				'Beslutade tillsammans med Välfärdsrådet våren 2020 att bilda en styrgrupp för framtagandet av en gemensam strategi/färdplan mot en God och Nära vård i Dalarnas län. Hela Länschefsnätverket har ett gemensamt ansvar för framtagandet av strategin/färdplanen och är, tillsammans med Välfärdsrådet, förankringsforum för styrgruppens arbete.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			name: 'Välfärdsrådet',
			level: 'political',
			composition:
				'Förtroendevalda (delrapporten nämner förtroendevalda från Välfärdsrådet); sammansättningen anges inte närmare.',
			mandate:
				'Beslutade tillsammans med Länschefsnätverket våren 2020 att bilda en styrgrupp för framtagandet av en gemensam strategi/färdplan mot en God och Nära vård i Dalarnas län. Välfärdsrådet och Länschefsnätverket är förankringsforum för styrgruppens arbete.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			name: 'Regionala samverkans- och stödstrukturen (RSS) Dalarna',
			level: 'county',
			composition: 'Drivs genom Avdelningen för hälsa och välfärd på Region Dalarna.',
			mandate:
				'Länets regionala samverkans- och stödstruktur. Processledaren för arbetet med den länsgemensamma strategin utgår från RSS.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			name: 'Programorganisation för God och Nära vård i Region Dalarna',
			level: 'county',
			composition:
				'En programchef och en utvecklingsledare, direkt underställda hälso- och sjukvårdsdirektören. Ledningsgruppen för hälso- och sjukvården utsågs till styrgrupp för omställningen, och en arbetsgrupp bildades.',
			mandate:
				'Tillsattes tidigt under 2020 av förvaltningschefen för hälso- och sjukvården för att arbeta med omställningen. Arbetet har fokuserats på vårdnära service och på implementeringen av patientkontrakt. Av olika skäl har arbetet behövt pausas, och en ny programorganisation var under utveckling i juni 2021.',
			source: '003_d73e8bd60805b56a.txt'
		}
	],
	decisions: [
		{
			organisation: 'Region Dalarna',
			subject: 'other',
			title: '”God och Nära Vård” ersätter ”Ny Nära Vård”',
			decidedOn: '2019-06-01',
			precision: 'month',
			description:
				'I juni 2019 beslutade regionen att ”Ny Nära Vård” skulle ersättas med ”God och Nära Vård”, ett gemensamt begrepp för hela Region Dalarna. Hela länet samlades då i en gemensam styrgrupp. Källan anger bara månaden, juni 2019.',
			source: '003_d73e8bd60805b56a.txt'
		}
	],
	timeline: [
		{
			year: 2018,
			periodLabel: '2018',
			title: 'Pilotprojektet Ny Nära vård Södra Dalarna',
			body: 'Region Dalarna påbörjade omställningsarbetet för en God och Nära vård med pilotprojektet Ny Nära vård Södra Dalarna. I projektet ingick primärvården i Avesta och Hedemora kommuner, delar av den specialiserade vården samt Avesta och Hedemora kommuner. Syftet: ”Vi bygger ett lokalt hälso- och sjukvårdssystem som fungerar dygnet runt och som tydligt utgår från befolkningens och patienternas behov, med primärvården som bas, i samspel med den specialiserade vården och de två kommunerna.”',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2019,
			month: 6,
			periodLabel: 'Juni 2019',
			title: '”Ny Nära Vård” blir ”God och Nära Vård”',
			body: 'Regionen beslutade att ”Ny Nära Vård” skulle ersättas med ”God och Nära Vård”, ett gemensamt begrepp för hela Region Dalarna. Hela länet samlades då i en gemensam styrgrupp.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2020,
			periodLabel: 'Tidigt under 2020',
			title: 'Ny programorganisation för God och Nära vård i Region Dalarna',
			body: 'Förvaltningschefen för hälso- och sjukvården tillsatte en ny programorganisation för God och Nära vård. En programchef och en utvecklingsledare anställdes, direkt underställda hälso- och sjukvårdsdirektören, och arbetet fokuserades på vårdnära service och implementeringen av patientkontrakt.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2020,
			periodLabel: 'Våren 2020',
			title: 'Beslut om en styrgrupp för en länsgemensam strategi',
			body: 'Länschefsnätverket och Välfärdsrådet beslutade att bilda en styrgrupp för framtagandet av en gemensam strategi/färdplan mot en God och Nära vård i Dalarnas län.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2020,
			periodLabel: 'Hösten 2020',
			title: 'Styrgrupp God och Nära vård börjar sitt arbete',
			body: 'Styrgruppen, med tre representanter från kommunerna och tre från regionen, påbörjade sitt arbete. En processledare anställdes för att driva och samordna arbetet.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2021,
			month: 2,
			day: 12,
			periodLabel: '12 februari 2021',
			title: 'Inspirationsdag för chefer',
			body: 'Dagen riktade sig till övergripande chefer inom kommunernas socialtjänst/omsorgsförvaltning och divisionschefer inom regionen, med föreläsningar av Helena Henningson (SKR) och Klara Palmberg Broryd och grupparbeten. Bland chefernas medskick: ”Inventeringsbank på allt som sker i nära vårds anda!”',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2021,
			month: 4,
			day: 28,
			periodLabel: '28 april 2021',
			title: 'Inspirationsdag för förtroendevalda',
			body: 'Målgruppen var förtroendevalda från Välfärdsrådet, Beredningen för Dalarnas utveckling (BDU), Region Dalarnas hälso- och sjukvårdsnämnd (HSN) och Dalarnas kommuners kommunstyrelseordförande (KSO). De förtroendevalda gav sina tankar om vilka områden den nära vården i Dalarna ska fokusera på.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2021,
			month: 5,
			periodLabel: 'Maj 2021',
			title: 'Förändringar i styrgruppen',
			body: 'Marie van Geffen Blomberg (Leksands kommun) och Jeanette Hjortsberg (Region Dalarna) slutade i styrgruppen, och Annika Olofsson, projektledare God och nära vård i Region Dalarna, började.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2021,
			month: 5,
			day: 10,
			periodLabel: '10 maj 2021',
			title: 'Styrgruppens målbildsarbete',
			body: 'Styrgruppen sammanställde resultaten från inventeringen i Dalarna, omvärldsbevakningen av de fem län som arbetat med en gemensam strategi och plan samt de två inspirationsdagarna, och tog fram förslaget till målbild, målområden och de viktigaste kärnvärdena. Mötet genomfördes digitalt.',
			source: '003_d73e8bd60805b56a.txt'
		},
		{
			year: 2021,
			month: 6,
			day: 3,
			periodLabel: '2021-06-03',
			title: 'Delrapport om arbetet till en länsgemensam färdplan',
			body: 'Styrgrupp God och Nära vård lämnade en delrapport med ett första förslag till gemensam målbild, målområden, kärnvärden och enkla principer för samverkan för Region Dalarna och länets 15 kommuner.',
			source: '003_d73e8bd60805b56a.txt'
		}
	]
};
