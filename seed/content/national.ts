import type { SeedNational } from '../types.ts';

/**
 * National timeline from 004 ("Reformer för Nära vård": dåtid, nutid, framtid 2030).
 * Sorted by year; within a year the source's order is kept. The source gives no year for
 * most of its "nutid" and "framtid" items: the undated ones under "Mönster växer fram och
 * gör avtryck" carry periodLabel 'Nutid' and year 2021 (the latest year the source names);
 * those under "Fortsatt utveckling tillsammans" carry periodLabel 'Framtid' and year 2030
 * (the horizon of the source). Both are marked `yearStated: false`: the year only places
 * them in order and is never shown as theirs.
 */
export const national: SeedNational = {
	timeline: [
		{
			year: 2016,
			periodLabel: '2016',
			title: 'Utredningen Effektiv vård',
			body: 'Statlig reform för nära vård: utredningen Effektiv vård.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2017,
			periodLabel: '2017',
			title: 'SKR tillsätter en samordnare',
			body: 'Stöd och utveckling från SKR inom styrning och ledning: en samordnare tillsattes.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2018,
			periodLabel: '2018',
			title: 'SKR skapar ett ledarskapsprogram',
			body: 'Stöd och utveckling från SKR inom styrning och ledning: ett ledarskapsprogram skapades.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2019,
			periodLabel: '2019',
			title: 'Överenskommelse mellan SKR och staten om Nära vård',
			body: 'Stöd och utveckling från SKR inom samverkan: en överenskommelse mellan SKR och staten om Nära vård.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2019,
			periodLabel: '2019',
			title: 'Mötesforum med lokala samordnare',
			body: 'Stöd och utveckling från SKR inom samverkan: ett mötesforum skapades med lokala samordnare.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2019,
			periodLabel: '2019',
			title: 'Lärandeforum för patientkontrakt',
			body: 'Stöd och utveckling från SKR inom samverkan: ett lärandeforum för patientkontrakt skapades.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2019,
			month: 12,
			periodLabel: 'December 2019',
			title: 'Att följa omställningen till Nära vård – En översikt av mått och indikatorer',
			body: 'Kunskapsunderlag från SKR: ”Att följa omställningen till Nära vård – En översikt av mått och indikatorer”.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2020,
			periodLabel: '2020',
			title: 'Utredningen God och nära vård (Nergårdh)',
			body: 'Statlig reform för nära vård: utredningen ”God och nära vård – En reform för ett hållbart hälso- och sjukvårdssystem” (Nergårdh).',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2020,
			periodLabel: '2020',
			title: 'Proposition för en närmare och mer tillgänglig vård',
			body: 'Statlig reform för nära vård: en proposition för en närmare och mer tillgänglig vård.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2020,
			periodLabel: '2020',
			title: 'Forum för dialog med patient- och brukarrörelsen',
			body: 'Stöd och utveckling från SKR inom samverkan: ett forum för dialog med patient- och brukarrörelsen.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2020,
			periodLabel: '2020',
			title: 'Handbok: Att driva omställning till Nära vård',
			body: 'Kunskapsunderlag från SKR: en handbok om att driva omställning till Nära vård.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2020,
			month: 2,
			periodLabel: 'Februari 2020',
			title: 'Nära vård – Nya sätt att utvärdera ändamålsenlighet och systemeffekter',
			body: 'Kunskapsunderlag från SKR: ”Nära vård – Nya sätt att utvärdera ändamålsenlighet och systemeffekter”.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2020,
			periodLabel: '2020',
			title: 'Nära vård i ekonomirapporten',
			body: 'Nära vård togs upp i ekonomirapporten, med de första ekonomiska beräkningarna på Nära vård.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: '2021',
			title: 'Nationell målbild',
			body: 'Statlig reform för nära vård: en nationell målbild.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: '2021',
			title: 'Det nationella primärvårdsuppdraget',
			body: 'Statlig reform för nära vård: det nationella primärvårdsuppdraget.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			month: 5,
			periodLabel: 'Maj 2021',
			title: 'Utredningen Börja med barnen! (Almgren)',
			body: 'Statlig reform för nära vård: utredningen ”Börja med barnen! Sammanhållen god och nära vård för barn och unga” (Almgren).',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			month: 11,
			periodLabel: 'Nov 2021',
			title: 'Samsjuklighetsutredningen (Printz)',
			body: 'Statlig reform för nära vård: Samsjuklighetsutredningen (Printz).',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Gemensamma målbilder i de flesta län',
			body: 'Mönster växer fram och gör avtryck: det finns gemensamma målbilder för nära vård i de flesta av alla län.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Fler forum för dialog och samverkan',
			body: 'Mötesforum Nära vård, forskningsfrukostar, Lärandeforum patientkontrakt, forum med patient- och brukarrörelsen samt forum med professions- och fackliga organisationer.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Länssamordnare i länen',
			body: 'Mönster växer fram och gör avtryck: det finns länssamordnare i länen.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Cirka 3 000 deltagare i digitalt ledarskapsprogram',
			body: 'Mönster växer fram och gör avtryck: cirka 3 000 personer har deltagit i ett digitalt ledarskapsprogram.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Uppföljning av fast kontakt på SÄBO',
			body: 'Mönster växer fram och gör avtryck: uppföljning av fast kontakt på särskilt boende (SÄBO).',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: '2021',
			title: 'Värde för vem?',
			body: 'Ny kunskap och insikter: ”Värde för vem?”.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: '2021',
			title: 'Lärdomar av utvärdering av Nära vård',
			body: 'Ny kunskap och insikter: ”Lärdomar av utvärdering av Nära vård”.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Del- och årsrapporter',
			body: 'Ny kunskap och insikter: del- och årsrapporter från kommuner och regioner samt SKR.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Växelverkan mellan Nära vård och hanteringen av pandemin',
			body: 'Nya tjänster och arbetssätt: en växelverkan mellan Nära vård och hanteringen av pandemin.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Fler digitala tjänster',
			body: 'Nya tjänster och arbetssätt: flera digitala tjänster, till exempel egenmonitorering.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Mobila team i mer än hälften av länen',
			body: 'Nya tjänster och arbetssätt: personer i mer än hälften av alla län kan få vård via mobila team.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Fler samskapar',
			body: 'Nya tjänster och arbetssätt: flera samskapar – patienter, närstående, hälsa, vård och omsorg tillsammans.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Större fokus på hälsofrämjande och proaktivt arbete',
			body: 'Nya tjänster och arbetssätt: större fokus på hälsofrämjande och proaktivt arbete.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2021,
			periodLabel: 'Nutid',
			yearStated: false,
			title: 'Teambaserade arbetssätt',
			body: 'Nya tjänster och arbetssätt: teambaserade arbetssätt.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Upparbetade strukturer för omställningen',
			body: 'Fortsatt utveckling tillsammans inom styrning och ledning: upparbetade strukturer för hur omställningen ska utvecklas och följas upp.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Gemensam plan för primärvård',
			body: 'Fortsatt utveckling tillsammans inom styrning och ledning: en gemensam plan för primärvård.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Nära vård integrerat i ledningssystem',
			body: 'Fortsatt utveckling tillsammans inom styrning och ledning: Nära vård är integrerat i ledningssystem.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Berättelser driver omställningen',
			body: 'Kommuner och regioner använder berättelser för att driva omställningen.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Stärkt förmåga att leda i komplexitet',
			body: 'Kommuners och regioners förmåga att leda i komplexitet har stärkts.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Högre utbildning bidrar till en Nära vård',
			body: 'Högre utbildning bidrar med sina strukturer och utbildningar till en Nära vård.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Värde mäts för patienter, brukare, närstående och invånare',
			body: 'Man har börjat mäta värde för patienter, brukare, närstående och invånare.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Strategisk nationell arena för dialog och gemensam utveckling',
			body: 'Fortsatt utveckling tillsammans inom samverkan: en strategisk nationell arena för dialog och gemensam utveckling startas upp.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Patientkontrakt infört',
			body: 'Patientkontrakt är infört och flera invånare har en fast kontakt i vården vid behov.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Fler personcentrerade tjänster',
			body: 'Flera personcentrerade tjänster erbjuds som möjliggör egenvård och digitala lösningar.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: 'Framtid',
			yearStated: false,
			title: 'Aktiva samskapare',
			body: 'Flera patienter, närstående och invånare är aktiva samskapare.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: '2030',
			title: 'Hälsa, vård och omsorg utifrån människors liv och vardag',
			body: 'Så utvecklar vi på lång sikt: hälsa, vård och omsorg designas utifrån människors liv och vardag.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: '2030',
			title: 'Berättelser och resultat visar skiftet',
			body: 'Berättelser och resultat från invånarna visar att vi gör ett skifte enligt fokusförflyttningarna.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: '2030',
			title: 'Strukturer som ger förutsättningar för personcentrerade arbetssätt',
			body: 'Strukturer för styrning, ledning och uppföljning skapar förutsättningar för personcentrerade arbetssätt.',
			source: '004_67456baccd4e393e.txt'
		},
		{
			year: 2030,
			periodLabel: '2030',
			title: 'Patientkontrakt ger kontinuitet, tillgänglighet och delaktighet',
			body: 'Patientkontrakt ger ökad kontinuitet, tillgänglighet och delaktighet.',
			source: '004_67456baccd4e393e.txt'
		}
	]
};
