import type { SeedCounty } from '../types.ts';

/**
 * Region Värmland och länets 16 kommuner: målbild, färdplan, ledningsstrukturer,
 * beslut och tidslinje. Källor: 000 (Region Värmlands tidslinje för omställningen
 * till nära vård, 2014–2024) och 001 (Värmlands färdplan, 2023).
 */
export const varmland: SeedCounty = {
	countyCode: '17',

	vision: {
		title: 'Framtidens Värmland',
		subtitle: 'Tillsammans utvecklar vi god och nära vård, hälsa & omsorg',
		intro:
			'Värmlands målbild för omställningen till nära vård visar vägen mot visionen om en god och jämlik hälsa för alla värmlänningar. Värmlands 16 kommuner och Region Värmland har i bred samverkan tagit fram en gemensam målbild för Framtidens Värmland – tillsammans utvecklar vi god och nära vård, hälsa och omsorg. Målbilden är ett underlag för gemensamma beslut och aktiviteter, den är länets gemensamma riktning och beskriver de förflyttningar vi behöver göra för att nå målet. Målbilden visar värden som är viktiga för invånarna i Värmland och pekar ut gemensamma principer som ska guida oss i arbetet.',
		source: '001_ae9703054a45fcdc.txt',
		items: [
			{
				kind: 'citizen_statement',
				title: 'Jag är en viktig och delaktig medskapare',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'citizen_statement',
				title: 'Vi bemöter varandra med respekt',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'citizen_statement',
				title: 'Vård och stöd utgår och samordnas från mina behov och resurser',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'citizen_statement',
				title: 'Jag har ett kontinuerligt, personligt och tillitsfullt stöd',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'citizen_statement',
				title: 'Jag får rätt hjälp och stöd i rätt tid',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från organisation till person och relation',
				body: '',
				fromText: 'Fokus på organisation',
				toText: 'Fokus på person och relation',
				focusShiftKey: 'person',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från isolerade insatser till samordning',
				body: '',
				fromText: 'Isolerade vård- och omsorgsinsatser',
				toText: 'Samordning utifrån personens fokus',
				focusShiftKey: 'coordination',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från passiva mottagare till aktiva medskapare',
				body: '',
				fromText: 'Invånare och patienter som passiva mottagare',
				toText: 'Invånare och patienter som är aktiva medskapare',
				focusShiftKey: 'co_creator',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'focus_shift',
				title: 'Från reaktiva insatser till proaktivt och hälsofrämjande arbete',
				body: '',
				fromText: 'Reaktiva insatser',
				toText: 'Proaktivt och hälsofrämjande arbete',
				focusShiftKey: 'proactive',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'principle',
				title: 'Invånarna avgör om det vi gör är värdeskapande.',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'principle',
				title:
					'Gemensamma beslut och aktiviteter ska leda i målbildens riktning och vi är gemensamt ansvariga för länets resultat.',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'principle',
				title:
					'Vi skapar förutsättningar för hållbara arbetsplatser och tar tillvara på medarbetarnas kompetens.',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'principle',
				title: 'Vi bygger relationer med, och har positiva förväntningar på varandra.',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'principle',
				title: 'Proaktivitet är i fokus för att öka hälsa och friskfaktorer.',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'direction_stage',
				title: 'Vi startar alla från olika utgångspunkter',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'direction_stage',
				title: 'Vi börjar med det enkla',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'direction_stage',
				title: 'Vi har små utmaningar att tackla',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'direction_stage',
				title: 'Vi har större hinder att bestiga',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'direction_stage',
				title: 'Vi når vårt mål: God och jämlik hälsa',
				body: '',
				source: '001_ae9703054a45fcdc.txt'
			}
		]
	},

	roadmap: {
		title:
			'Färdplan – en vägledning för hur Värmland tillsammans ska utveckla god och nära vård, hälsa och omsorg',
		intro:
			'Färdplanen vägleder i hur Värmlands kommuner och Region Värmland tillsammans ska nå Värmlands gemensamma målbild för god och nära vård, hälsa och omsorg. Den riktar sig till tjänstepersoner i ledande positioner i Värmlands kommuner och Region Värmland och godkändes av direktörsberedningen i januari 2023. Färdplanen guidar i hur Värmland ska utveckla strukturer för att leda, stödja och driva omställningen på ett dynamiskt sätt. Det är inte en detaljerad handlingsplan – alla behöver agera utifrån den kontext de befinner sig i. Omställningen behöver ske på alla nivåer, lokalt, delregionalt och länsövergripande, och när processer utvecklas ska det säkras att de fyra utvecklingsområdena i färdplanen beaktas och bearbetas. Målbilds- och färdplansprocessen har letts av en samordningsgrupp bestående av ledande tjänstepersoner från region och kommuner, och arbetet har skett i bred delaktighet med över 3 500 engagerade politiker, chefer, medarbetare och invånare.',
		source: '001_ae9703054a45fcdc.txt',
		items: [
			{
				kind: 'development_area',
				key: 'proactive',
				title: 'Proaktivt, hälsofrämjande och förebyggande arbete',
				body: 'För att förbättra hälsan i befolkningen och samtidigt använda välfärdens resurser effektivt behöver hela välfärden fokusera mer på hälsofrämjande, förebyggande och proaktivt arbete. Hälsan är viktig för den enskilda individen och bidrar även till att stärka samhällets utveckling. Hälsofrämjande och sjukdomsförebyggande arbete är uppdrag för både Region Värmland och kommunerna. Region Värmlands folkhälsostrategiska plan beskriver viktiga strategiska insatsområden för folkhälsan.\n\nFörutsättningarna för att främja barns hälsa, förebygga ohälsa och sätta in insatser vid tecken på ohälsa förbättras genom ökad kunskap om, och förståelse för, symtom på ohälsa, skydds- och riskfaktorer hos barn och unga, dess familj och närmiljö. Uppväxtförhållanden har till exempel stor betydelse för den fysiska och psykiska hälsan under hela livet.\n\nOhälsosamma levnadsvanor är en betydande orsak till ohälsa och sjukdom. Arbetet med levnadsvanor behöver stärkas i länet, bland annat genom att oftare fråga om levnadsvanor och att medarbetare ges förutsättningar att stödja invånare till hälsosamma levnadsvanor. En kunskapsgenomgång visar att riktade hälsosamtal leder till minskad total dödlighet och minskad dödlighet i hjärt- och kärlsjukdom, har positiva effekter i form av mindre midjemått, lägre blodtryck, kolesterolnivåer, fasteblodsocker och BMI samt skapar förbättrade matvanor.\n\nFallolyckor bland äldre kostade 11,3 miljarder i direkta kostnader för regioner och kommuner i Sverige 2020 (6,5 miljarder kommunala kostnader och 4,8 miljarder regionala kostnader). I Värmland ökade regionens kostnad för fallskador med 36 miljoner mellan 2020 och 2021. Antalet fallolyckor per 1 000 invånare, 80 år och äldre, som föranlett slutenvård varierar stort mellan kommunerna i länet (47–82 fallolyckor/1 000 invånare). Fallpreventiva åtgärder till äldre som bor hemma är kostnadsbesparande för både regioner och kommuner och det arbetet behöver stärkas i länet.\n\nDet proaktiva arbetet handlar också om att analysera hur vi genom tidiga insatser till invånare och anhöriga kan minska behovet av vård, stöd och omsorg.\n\nCitat från workshop: ”Vi behöver börja mycket tidigare, vi behöver börja redan med barnen.”',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'development_area',
				key: 'person_centred',
				title: 'Personcentrerat förhållningssätt',
				body: 'För att stärka det personcentrerade förhållningssättet behöver vi utgå från individens behov och resurser. Det ger ökade möjligheter till inflytande och möjlighet att ta ansvar för sin egen hälsa. Vi behöver skapa enkla kontaktvägar, ta gemensamma beslut om inriktning för stöd och behandling tillsammans med individen samt ta tillvara individernas och anhörigas erfarenheter och kunskaper i mötet. Ökad kunskap är en förutsättning för att utveckla det personcentrerade förhållningssättet, och kunskapen behöver öka både på strategisk och operativ nivå.\n\nOffentlig sektor har historiskt fungerat utifrån perspektivet att värdet för invånaren utgörs av det som produceras, exempelvis besök, utredningar och operationer. Välfärden behöver i stället ge invånaren förutsättningar att själv skapa värde, exempelvis genom att ta ansvar för sin hälsa. Regionens och kommunernas resurser behöver samspela med invånarens egna resurser för att skapa hälsa, men även med resurser hos andra aktörer som kan stödja invånarna.\n\nEtt stöd i det personcentrerade förhållningssättet är exempelvis arbetet med patientkontrakt, patientens överenskommelse med vården. Syftet är att skapa delaktighet, samordning, tillgänglighet och samverkan med patientens perspektiv som utgångspunkt. Det tydliggör även vårdens respektive patientens ansvar. De personcentrerade och sammanhållna vårdförlopp och vård- och insatsprogram som tas fram inom kunskapsstyrningen är ett stöd för en mer jämlik och effektiv vård. Vårdförloppen berättar vad som ska göras och det personcentrerade förhållningssättet ligger till grund för hur det ska göras.\n\nTillgänglighet, samordning och kontinuitet är viktiga områden för invånare och anhöriga för att skapa kvalitet och de är därför centrala för en personcentrerad vård, hälsa och omsorg. Invånare beskriver också att trygghet i relationen till hälso- och sjukvård och/eller socialtjänst är värdeskapande. Invånar- och anhörigperspektivet ska alltid finnas aktuellt. Olika former av kontinuerlig invånardialog och invånarmedverkan är ett sätt att skapa förutsättning för delaktighet och aktivt medskapande. Ett exempel är en stödfunktion som hjälper verksamheter att hitta personer med egen erfarenhet till olika förbättringsarbeten (ibland beskrivet som Levande bibliotek).\n\nCitat från workshop: ”När vi började ställa frågan Vad är viktigt för dig? fick vi helt andra svar än vi förväntat oss.”',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'development_area',
				key: 'bridging',
				title: 'Överbrygga gränser och mellanrum och samordna våra resurser',
				body: 'De invånare som behöver mest stöd och hjälp har ofta behov som både regionen och kommunerna ansvarar för. De är också den grupp som tar en stor andel av resurserna i anspråk. En av de viktigaste framgångsfaktorerna i omställningen är därför att stärka samverkan mellan regionen och kommunerna. För att göra det krävs att alla ser sig själva som en del av ett större hälsosystem. En bristande samordning leder till en försämrad upplevelse, sämre stöd, vård och omsorg för invånarna och även till ökade kostnader, bland annat på grund av att insatser, behandlingar eller utredningar behöver upprepas i onödan. När insatser inte samordnas läggs en stor del av den samordnande rollen på den enskilde eller anhöriga.\n\nSamverkan behöver stärkas på både strategisk och operativ nivå. Gränser och mellanrum kan bli extra tydliga i arbetet nära invånaren, och särskilt där behöver samverkan förbättras. Glädjande ser vi flera exempel där samverkan utvecklas på lokal nivå, och det arbetet behöver fortsatt utvecklas för att samverkan ska komma den enskilde till del.\n\nDen primära vården utförs av regionen, kommuner och privata aktörer. Det förutsätter en långsiktig etablerad struktur för samverkan och en gemensam plan för primärvård. Tillgången till varandras kompetens behöver säkras och förmågan att agera tillsammans i realtid utifrån sin del i en helhet är avgörande. Det behöver vara lätt att få kontakt med samverkanspartners. En viktig del i samverkan är att befintliga gemensamma överenskommelser och riktlinjer för kommunerna och regionen görs kända, är lättillgängliga, uppdaterade och följs upp regelbundet.\n\nDefinitionen av primärvård har nyligen förtydligats i hälso- och sjukvårdslagen (2 kap. 6 §) i syfte att markera primärvården som den vårdnivå dit individer i första hand ska vända sig med sina hälso- och sjukvårdsbehov. Definitionen lyder: ”Hälso- och sjukvårdsverksamhet där öppen vård ges utan avgränsning när det gäller sjukdomar, ålder eller patientgrupper. Primärvården svarar för behovet av sådana åtgärder i form av medicinsk bedömning och behandling, omvårdnad, förebyggande arbete och rehabilitering som inte kräver särskilda medicinska eller tekniska resurser eller någon annan särskild kompetens.”\n\nCitat från workshop: ”Just nu känns det som att man är i olika lag som spelar mot varandra inte med varandra.”',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'development_area',
				key: 'digital',
				title: 'Digitala lösningar och välfärdsteknik',
				body: 'För invånaren ger ökad digitalisering stora möjligheter till individuellt anpassat stöd, enklare kommunikationsvägar och möjlighet till ökad kontroll över sin hälsa och livssituation. De invånare som kan och vill bidra mer i sin vård, hälsa eller stöd ska kunna göra det på det sätt som de önskar. Olika former av digitala stöd kan på nya sätt ta tillvara invånarens resurser, samtidigt som gränser inom och mellan olika delar av verksamheter och organisationer kan överbryggas och på så sätt bli mer sammanhållande.\n\nDigitalisering kan också bidra till mer jämställd, jämlik, effektiv och tillgänglig vård, stöd och omsorg. Det finns en stor potential i att möta utmaningarna inom välfärden med att använda data som en strategisk resurs och ta tillvara kraften i ny teknologi. Samtidigt är det en utmaning att införa nya system, och det kräver både personella och ekonomiska resurser, vilket kommer att påverka kommande års utveckling.\n\nFör att stärka varandra i utvecklingsarbetet kopplat till digitalisering och välfärdsteknik behöver vi dela erfarenheter och kunskap mellan olika verksamheter och med invånare. En samordnad utveckling i länet är nödvändig. Flera arbeten pågår för att utveckla och använda digitala lösningar och välfärdsteknik, och det arbetet behöver förbättras och accelereras.\n\nDen nya lag som började gälla 1 januari 2023 ger möjlighet för socialtjänstens verksamheter inom omsorg av äldre personer och personer med funktionsnedsättning att få tillgång till sammanhållen vård- och omsorgsdokumentation. Inom hälso- och sjukvården omfattar lagen alla patienter. Det är viktigt att förutsättningarna för sammanhållen journalföring tas tillvara och utvecklas för en mer sammanhållen och nära vård, hälsa och omsorg.\n\nCitat från workshop: ”När vi behöver samverka så har vi inte samma digitala plattformar, så vi kan ibland inte ens mötas digitalt.”',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'prerequisite',
				key: 'leadership',
				title: 'Ledarskap som skapar förutsättningar och handlingsutrymme',
				body: 'Ledarskapet är helt avgörande för att omställningen ska bli verklighet. Det krävs ett strategiskt och uthålligt ledarskap som håller samman arbetet och samtidigt vågar ge förutsättningar, mandat och handlingsutrymme till dem som ska utföra arbetet. Det måste finnas flexibilitet, en vilja att utforska och möjlighet att testa i arbetet. Ledningen behöver vara intresserad av resultatet och se till att det tas om hand. För att ha möjlighet att utöva ett gott ledarskap och driva nödvändig utveckling krävs förståelse för och kompetens i att leda förändring; det krävs också organisatoriska förutsättningar.\n\nFörtroendevalda och tjänstepersonsledning behöver tydligt stå bakom och aktivt leda omställningen. Uppgiften är i grunden att ta ett ledaransvar som stödjer skiftet från en ofta inarbetad gränssnittspolitik till en ny samordningskultur.\n\nBåde i Värmland och i övriga landet har det under många år pratats om omställningen. Själva görandet har däremot gått långsammare än önskat. När personer från kommunala och regionala verksamheter samlas för att prata om vad som behöver hända lyfts hinder, både upplevda och reella. Det handlar bland annat om rädsla för att förändra arbetssätt och om lagar som tolkas olika i olika verksamheter. Vi behöver satsa på chefer och ledare för att de ska orka och ha mod att driva omställningen framåt.\n\nLänet har en tydlig gemensam målsättning. Nu behöver verksamheter och medarbetare handlingsutrymme att utifrån sin kompetens utveckla arbetet och verksamheten, med vägledning från målbild och färdplan. Det behövs utrymme för reflektion kring lärdomar, ömsesidiga beroenden och vad nästa steg i omställningen är. Att som ledare premiera lärande och ge utrymme att våga testa är förutsättningar för att nå framtidens vård, hälsa och omsorg och ett systematiskt utvecklingsarbete. Det kommer att krävas mod att våga testa och tänka utanför boxen.',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'prerequisite',
				key: 'sustainable_workplaces',
				title: 'Hållbara arbetsplatser',
				body: 'Den demografiska förändringen medför att kompetensförsörjning blir en av våra största framtida utmaningar, en utmaning som många verksamheter lever i redan i dag. Nya sätt att organisera hälsa, vård och omsorg kräver nya arbetssätt för att ta tillvara och utveckla medarbetarnas kompetens. Fler behöver se välfärden som en intressant karriärmöjlighet och det är nödvändigt med insatser för att säkra kompetensförsörjningen.\n\nEn god arbetsmiljö är central för att säkra kompetensförsörjningen både på kort och på lång sikt. Insatser behövs både för att skapa förutsättningar för utveckling och engagemang hos dagens medarbetare och för att attrahera och rekrytera morgondagens medarbetare. För att kontinuerligt utveckla verksamheten, möta framtida behov och arbeta för en god arbetsmiljö måste det vara möjligt att avsätta resurser, exempelvis i form av tid och kompetens, för utvecklingsarbete. Det är viktigt att stärka kunskaperna i förbättringsarbete, användardrivet utvecklingsarbete och innovation. Att vara delaktig och ha möjlighet att bidra till förbättringsarbete på den egna arbetsplatsen främjar hälsa och ökar engagemang.\n\nAtt ha medarbetare med kompetens för den verksamhet som bedrivs, och att ha ett väl fungerande samarbete dem emellan, är avgörande. Ett gott samarbete är av stor betydelse för en god arbetsmiljö och för att medarbetarna ska kunna utföra sitt arbete med hög kvalitet. När olika kompetenser kompletterar varandra stärks också förutsättningarna för ett mer teambaserat arbetssätt.\n\nFörutom förutsättningar krävs även ett aktivt medarbetarskap. Det handlar om att ta ansvar för att relationer fungerar bra och att aktivt delta i att utveckla verksamheten. Vi är varandras arbetsmiljö på jobbet och behöver ta ett gemensamt ansvar för att den blir god. Arbetsmiljön påverkar resultatet, effektiviteten och sjukfrånvaron.',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'prerequisite',
				key: 'system_leadership',
				title: 'Gemensam systemledning – att leda systemet som en helhet',
				body: 'När länet betraktas som ett sammanhållet system, med en gemensam systemledning, skapas förutsättningar för att tillsammans följa och reflektera kring utvecklingen mot den gemensamma målbilden. Då kan omställningen proaktivt styras i rätt riktning. Respektive organisation har sitt ansvar, men utifrån ett invånarperspektiv är det en helhet som ansvarar för alla invånare.\n\nDet finns många gränser och ansvarsuppdelningar som tillsammans utgör en bromsande kraft i omställningen. Om de avtals- och styrningsfrågor samt målkonflikter som ligger till grund för detta inte hanteras och åtgärdas möter det praktiska utvecklingsarbetet ett konstant motstånd som riskerar att nöta ner kraften, engagemanget och möjligheterna att nå resultat. Därför är det avgörande att de som har viktiga ansvarsroller som systemledare – politiskt förtroendevalda och chefer – aktivt engagerar sig i att följa och stödja utvecklingsarbetet.\n\nAtt driva en stor omställning på ett nytt och utvecklat sätt är att driva en omställning i komplexitet. Komplexitet kan definieras som en situation där det finns många olika perspektiv och en hög grad av ömsesidiga beroenden. Det innebär att det sällan går att planera exakt hur processen ska gå till eller vad utfallet blir. Det blir därför viktigt med utforskande och lärande samt möjlighet att testa nya arbetssätt. Komplexitet innebär inte att det är omöjligt, men att det är viktigt att det finns en gemensam systemledning som styr och leder helheten. Genom en tillitsbaserad styrning, ledning och uppföljning närmar vi oss målbilden och reflekterar över resultatet.\n\nVärmland ska utveckla förmågan att leda systemet som en helhet, följa upp och gemensamt reflektera hur det går, för att proaktivt styra omställningen. Systemledningen ska ge förutsättningar för verksamheterna att genomföra omställningen. I Värmland finns upparbetade samverkansstrukturer mellan kommunerna och regionen. För att skapa en helhet som leder omställningen behöver alla dessa grupperingar samverka i olika konstellationer och sammanhang för att driva implementering, gemensamma mål och uppföljning och för att reflektera över hur omställningen går framåt över tid. Här krävs ett arbete för att tydliggöra och utforska vad det innebär att vara systemledning i omställningen.',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'prerequisite',
				key: 'support_structure',
				title: 'Gemensam stödstruktur',
				body: 'En gemensam stödstruktur i omställningsarbetet är en av flera viktiga förutsättningar för att lyckas i länet som helhet. Stödstrukturen ska bidra med ett helhetsperspektiv på omställningen vad gäller framgångar och utmaningar, sprida goda resultat och skapa stabilitet över tid. Stödstrukturen ska även bidra till utveckling, reflektion och lärande. Den ska erbjuda kontinuerliga utbildningar, metodkunskap och analyser som stöd för verksamheter i omställningen. Stödstrukturen formas efter både systemledningens och verksamheternas behov. Den ska också stödja samordningsgruppen för god och nära vård, hälsa och omsorg och länsgemensamma processer i omställningen.\n\nOlika verksamheter har kommit olika långt i omställningen och olika behov synliggörs fortlöpande. Det behöver vara möjligt för verksamheter att få stöd i att växla upp sitt omställningsarbete via och tillsammans med stödstrukturen. Stödstrukturen behöver därför vara en flexibel organisering som ser olika ut över tid. Stödstrukturen finansieras av gemensamma stimulansmedel för god och nära vård och ska ge stöd till de identifierade behoven. Stödstrukturen samordnas via Nya perspektiv.',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'prerequisite',
				key: 'follow_up',
				title: 'Uppföljning',
				body: 'För att följa omställningen behöver en ny typ av gemensam uppföljning, analys och reflektion utvecklas. Uppföljningen är viktig för att styra resurser och stödja omställningen. Vi behöver kunna följa vad vi skapar för värde för invånarna som helhet, eftersom de rör sig genom våra olika verksamheter.\n\nI verksamheterna finns farhågor om att nya arbetssätt och förändrade förutsättningar kommer att leda till utmaningar vad gäller ekonomi och andra resurser, och även om att utfall av insatser kommer att ske i andra delar av systemet än där insatsen görs. Vi behöver gemensamt kunna följa upp och analysera, både kvalitativt och ekonomiskt, hur nya arbetssätt och insatser påverkar olika delar av systemet och systemet som helhet samt vad det skapar för värde för invånarna. Både effekter och vinster behöver följas upp och analyseras. Det innebär inte att mäta mer utan att mäta och utvärdera annorlunda. Nyttokalkyleringsmodellen är ett exempel på en modell som visar kvalitativa och ekonomiska flöden över organisatoriska gränser.\n\nSKR tar fram ett ramverk för uppföljning och det arbetet behöver följas tillsammans med de indikatorer som SKR tagit fram för omställningen. En annan utveckling som bör följas är arbetet mot den informationsdrivna vården, där data och information spelar en viktig roll för att lösa de utmaningar som finns inom hälso- och sjukvård.',
				source: '001_ae9703054a45fcdc.txt'
			},
			{
				kind: 'goal_area',
				key: 'psykisk-halsa-barn-unga',
				title: 'Psykisk hälsa barn och unga',
				body: 'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023.',
				source: '000_f8bc95be08be1486.txt'
			},
			{
				kind: 'goal_area',
				key: 'minskade-forflyttningar',
				title: 'Minskade förflyttningar',
				body: 'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023.',
				source: '000_f8bc95be08be1486.txt'
			},
			{
				kind: 'goal_area',
				key: 'levnadsvanor',
				title: 'Levnadsvanor',
				body: 'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023.',
				source: '000_f8bc95be08be1486.txt'
			},
			{
				kind: 'goal_area',
				key: 'fallprevention',
				title: 'Fallprevention',
				body: 'En av de fyra processer som länets socialchefer och regionens hälso- och sjukvårdsledning arbetade med vid sitt nätverksmöte 30–31 mars 2023.',
				source: '000_f8bc95be08be1486.txt'
			}
		]
	},

	groups: [
		{
			name: 'Direktörsberedningen',
			level: 'county',
			composition:
				'Länets kommundirektörer, regiondirektören och andra direktörer i Region Värmland.',
			mandate:
				'Den övergripande systemledningen för omställningen till nära vård i Värmland. Omställningen innefattar hälso- och sjukvård, socialtjänst, skola, kultur, fritid och civilsamhället, och därför behöver systemledningen vara på den här övergripande nivån. Sedan tidigare finns beslut om att direktörsberedningen ska följa frågan om processen med färdplan mot Värmlands målbild, och direktörsberedningen har gemensamt godkänt färdplanen och att arbeta i riktning mot målbilden. Systemledningen behöver utveckla förmågan att leda systemet som en helhet och säkra att en gemensam stödstruktur finns. Den ska följa upp och gemensamt reflektera hur det går, analysera hur nya arbetssätt och insatser påverkar olika delar av systemet och systemet som helhet, både kvalitativt och ekonomiskt, samt vad det skapar för värde för invånarna. Kontinuerliga dialoger om hur olika avtals- och styrningsfrågor samt målkonflikter ska hanteras och åtgärdas blir också viktigt.',
			source: '001_ae9703054a45fcdc.txt'
		},
		{
			name: 'Seminariet Nya perspektiv',
			level: 'county',
			composition:
				'Länets ledande förtroendevalda och förvaltningschefer (kommun, region, barn och utbildning, socialtjänst, vård och omsorg samt hälso- och sjukvård inklusive tandvård).',
			mandate:
				'Träffas en gång om året för att samtala om inriktningen på det gemensamma utvecklingsarbetet med utgångspunkt i invånarnas hälsoutveckling. Vid detta forum skulle en årlig uppföljning kunna ske.',
			source: '001_ae9703054a45fcdc.txt'
		},
		{
			name: 'Beredningsgruppen Nya perspektiv',
			level: 'county',
			composition:
				'Fem tjänstepersoner från kommunerna och fem från regionen samt enhetschef för Nya perspektiv. I beredningsgruppen ingår representanter från socialchefsnätverket, skolchefsnätverket, hälso- och sjukvårdsledningen, folkhälsa, nära vård och Nya perspektiv.',
			mandate:
				'Hanterar samverkans- och gränssnittsfrågor på en strategisk nivå. Från beredningsgruppen tillsattes exempelvis samordningsgruppen för god och nära vård, hälsa och omsorg.',
			source: '001_ae9703054a45fcdc.txt'
		},
		{
			name: 'Samordningsgruppen för god och nära vård, hälsa och omsorg',
			level: 'county',
			composition:
				'Representanter från länets kommuner och regionen – ledande tjänstepersoner från region och kommuner.',
			mandate:
				'Har lett målbilds- och färdplansprocessen. Under 2021 var gruppens uppdrag att driva processen att ta fram en gemensam målbild för omställningen till nära vård i länet. Därefter fick gruppen fortsatt uppdrag att ta fram en gemensam färdplan för att konkretisera arbetet som ska genomföras runt om i länet. Samordningsgruppens fortsatta uppdrag är att tillsammans med regional stödstruktur inspirera och stötta verksamheter i att accelerera arbetet mot Värmlands målbild genom att sprida kunskap om och engagemang för Värmlands målbild, färdplan och omställningen till god och nära vård, hälsa och omsorg; sprida kännedom om och utveckla verktyg och utbildningar för att omsätta färdplanen till verklighet; arbeta för spridning av och utbyte kring goda exempel i länet; samt följa upp och bevaka omställningen och relaterade aktiviteter.',
			source: '001_ae9703054a45fcdc.txt'
		},
		{
			name: 'Strategiska nätverk för hälso- och sjukvårdsledning, socialchefer och skolchefer',
			level: 'county',
			composition:
				'Regionens hälso- och sjukvårdsledning, länets socialchefer och skolchefer, som ses regelbundet enskilt eller tillsammans.',
			mandate:
				'De identifierar områden för utveckling och skapar handlingsutrymme i organisationer eller verksamhet.',
			source: '001_ae9703054a45fcdc.txt'
		},
		{
			name: 'Politisk referensgrupp',
			level: 'political',
			composition:
				'Två representanter från varje kommun samt presidiet i hälso- och sjukvårdsledningen i Region Värmland.',
			mandate:
				'Källan beskriver inte gruppens uppdrag närmare. Den politiska referensgruppen startade i februari 2020.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			name: 'Processtöd',
			level: 'county',
			composition: 'Källan beskriver inte vilka som ingår i processtödet.',
			mandate:
				'Processtödet har stöttat både processen och samordningsgruppen i arbetet med att ta fram målbilden. Processtödet startade i december 2020.',
			source: '000_f8bc95be08be1486.txt'
		}
	],

	decisions: [
		{
			organisation: 'Arvika kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-03-28',
			description:
				'Arvika kommun godkände den 28 mars 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Hammarö kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-03-28',
			description:
				'Hammarö kommun godkände den 28 mars 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Munkfors kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-03-29',
			description:
				'Munkfors kommun godkände den 29 mars 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Filipstads kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-03-30',
			description:
				'Filipstads kommun godkände den 30 mars 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Region Värmland',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-04-06',
			description:
				'Region Värmland godkände den 6 april 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Hagfors kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-04-25',
			description:
				'Hagfors kommun godkände den 25 april 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Torsby kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-04-25',
			description:
				'Torsby kommun godkände den 25 april 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Säffle kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-04-25',
			description:
				'Säffle kommun godkände den 25 april 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Årjängs kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-04-25',
			description:
				'Årjängs kommun godkände den 25 april 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Grums kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-04-26',
			description:
				'Grums kommun godkände den 26 april 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Eda kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-04-27',
			description:
				'Eda kommun godkände den 27 april 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Storfors kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-05-16',
			description:
				'Storfors kommun godkände den 16 maj 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Sunne kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-05-23',
			description:
				'Sunne kommun godkände den 23 maj 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Kils kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-05-24',
			description:
				'Kils kommun godkände den 24 maj 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Kristinehamns kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-05-24',
			description:
				'Kristinehamns kommun godkände den 24 maj 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Forshaga kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-06-07',
			description:
				'Forshaga kommun godkände den 7 juni 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Karlstads kommun',
			subject: 'vision_adoption',
			title: 'Godkände målbilden för god och nära vård i Värmland',
			decidedOn: '2022-06-16',
			description:
				'Karlstads kommun godkände den 16 juni 2022 Värmlands målbild för god och nära vård, som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021. Därmed hade samtliga kommuner och Region Värmland godkänt målbilden.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			organisation: 'Region Värmland',
			group: 'Direktörsberedningen',
			subject: 'roadmap_approval',
			title: 'Godkände den länsgemensamma färdplanen för god och nära vård, hälsa och omsorg',
			decidedOn: '2023-01-01',
			precision: 'month',
			description:
				'I januari 2023 godkände direktörsberedningen den länsgemensamma färdplanen som ska vägleda i arbetet mot Värmlands målbild för god och nära vård, hälsa och omsorg. Färdplanen riktar sig till tjänstepersoner i ledande positioner i Värmlands kommuner och Region Värmland. Källan anger bara månaden, inte dagen.',
			source: '000_f8bc95be08be1486.txt'
		}
	],

	timeline: [
		{
			year: 2024,
			periodLabel: 'Våren 2024',
			title: 'Gemensam plan för primärvård',
			body: 'Uppstart av arbete och dialoger med företrädare för Värmlands kommuner och region i befintliga nätverk. Företrädare för invånare i länet i befintliga nätverk.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2024,
			periodLabel: 'Våren 2024',
			title: 'Uppföljning av färdplanen',
			body: 'Uppföljningen beskriver arbetet under 2023 och belyser framsteg, utmaningar och den fortsatta vägen framåt.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2024,
			periodLabel: 'Våren 2024',
			title: 'Nya verktyg',
			body: 'Nya verktyg och utbildningar för chefer och ledare.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2023,
			periodLabel: 'Hösten 2023',
			title: 'Arbete i processer mot målbilden',
			body: 'Omställningen till nära vård sker lokalt, regionalt och länsövergripande. För att komma framåt i arbetet behöver vi ta hänsyn till de fyra utvecklingsområden som beskrivs i färdplanen.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2023,
			month: 3,
			day: 30,
			periodLabel: 'Mars 2023',
			title: 'Nätverksmöte för hälso- och sjukvårdsledningen och länets socialchefer',
			body: 'Den 30–31 mars hade länets socialchefer och regionens hälso- och sjukvårdsledning ett lunch-till-lunch-möte för att diskutera fortsatt samverkan, systemledning och vilka förutsättningar som behövs för att arbeta med omställningen till god och nära vård. Gruppen jobbade också med fyra processer: psykisk hälsa barn och unga, minskade förflyttningar, levnadsvanor och fallprevention.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2023,
			month: 3,
			periodLabel: 'Mars 2023',
			title: 'Utvecklingsprogram för länets systemledning',
			body: 'Länets systemledning (direktörsberedningen) har påbörjat ett utvecklingsprogram för att utveckla förmågan att leda systemet som en helhet, följa upp och gemensamt reflektera hur det går för att proaktivt styra omställningen.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2023,
			month: 3,
			periodLabel: 'Mars 2023',
			title: 'Redovisning av överenskommelse god och nära vård 2022',
			body: 'Sveriges Kommuner och Regioner, SKR, och staten träffar årligen en överenskommelse om att vidareutveckla den nära vården. Regionerna redovisar genomförda insatser och användning av medlen till Socialstyrelsen.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2023,
			month: 3,
			periodLabel: 'Mars 2023',
			title: 'Dialogguide – stöd för dialog och reflektion på omställningsresan',
			body: 'Dialogguiden hjälper, guidar och ger dig mer kunskap om vad omställningen till nära vård är och innebär för dig och din arbetsplats. Lär dig mer om Värmlands målbild, testa hur mycket nära vård du jobbar med redan i dag, inspireras av andra och få verktyg för hur du kan arbeta i din verksamhet.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2023,
			month: 1,
			periodLabel: 'Januari 2023',
			title: 'Länsgemensam färdplan godkänd',
			body: 'I januari godkände direktörsberedningen den länsgemensamma färdplanen som ska vägleda i arbetet mot Värmlands målbild för god och nära vård, hälsa och omsorg. Färdplanen riktar sig till tjänstepersoner i ledande positioner i Värmlands kommuner och Region Värmland.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2022,
			month: 9,
			periodLabel: 'September–december 2022',
			title: 'Arbete med en länsgemensam färdplan',
			body: 'Hösten 2022 tas en länsgemensam färdplan fram. Färdplanen vägleder i hur vi tillsammans ska arbeta för att nå Värmlands gemensamma målbild för god och nära vård, hälsa och omsorg. Färdplanen riktar sig till dem som arbetar i ledande position inom Värmlands kommuner och Region Värmland.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2022,
			month: 6,
			periodLabel: 'Juni 2022',
			title: 'Målbilden godkänd',
			body: 'Samtliga kommuner och Region Värmland har godkänt målbilden för god och nära vård i Värmland.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2022,
			month: 5,
			periodLabel: 'Maj 2022',
			title: 'Workshopar om arbetet framåt kring färdplan',
			body: 'Under maj månad genomförs lokala workshopar runt om i länet i syfte att forma Värmlands gemensamma färdplan för utvecklingen av god och nära vård, hälsa och omsorg. Workshoparna är en uppföljning av dem som ordnades under hösten 2021 och som handlade om målbilden och vad som behöver hända för att den ska bli verklighet. Den här gången möts deltagarna i dialoger kring en påbörjad färdplan: vad gör man redan i dag och vad behöver hända för att vi gemensamt ska nå målbilden? Det som framkommer i dialogerna kommer att ligga till grund för länets gemensamma färdplan.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2022,
			month: 3,
			periodLabel: 'Mars–juni 2022',
			title: 'Målbilden beslutas i länets kommuner och i Region Värmland',
			body: 'Värmlands målbild godkändes 2022: 28 mars i Arvika kommun, 28 mars i Hammarö kommun, 29 mars i Munkfors kommun, 30 mars i Filipstads kommun, 6 april i Region Värmland, 25 april i Hagfors kommun, 25 april i Torsby kommun, 25 april i Säffle kommun, 25 april i Årjängs kommun, 26 april i Grums kommun, 27 april i Eda kommun, 16 maj i Storfors kommun, 23 maj i Sunne kommun, 24 maj i Kils kommun, 24 maj i Kristinehamns kommun, 7 juni i Forshaga kommun och 16 juni i Karlstads kommun.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2022,
			month: 1,
			periodLabel: 'Januari 2022',
			title: 'Värmlands förslag till målbild för nära vård klart att beslutas',
			body: 'I januari presenterades för Värmlandsrådet den målbild för nära vård i Värmland som gemensamt arbetats fram av Värmlands kommuner och Region Värmland under 2021. Nästa steg är att den ska beslutas i Region Värmland och i länets 16 kommuner.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2021,
			month: 9,
			periodLabel: 'September–november 2021',
			title: 'Workshopserie med olika målgrupper',
			body: 'Under 2021 arrangerades regionala och lokala workshopar där över 500 medarbetare, chefer, ledare, politiker och värmlänningar deltog. Syftet har varit att öka kunskapen om och skapa engagemang kring nära vård.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2021,
			periodLabel: '2021',
			title: 'Börja med barnen',
			body: 'Utredningen om en sammanhållen god och nära vård för barn och unga har haft i uppdrag att föreslå insatser som ska bidra till en mer likvärdig vård som innefattar förebyggande och hälsofrämjande insatser för barn och unga i hela landet. I uppdraget har även ingått att främja utvecklingen av en sammanhållen god och nära vård för barn och unga med bland annat psykisk ohälsa. Slutbetänkande: Börja med barnen! Följa upp hälsa och dela information för en god och nära vård.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2021,
			month: 11,
			day: 19,
			periodLabel: '19 november 2021',
			title: 'Förslaget till målbild för nära vård i Värmland klart',
			body: 'Den 19 november 2021 deltog ett 60-tal politiker, chefer och högre tjänstepersoner från Region Värmland och länets kommuner i den sista och avslutande workshopen för målbildsprocessen för nära vård i Värmland. Gruppen enades om att stå bakom en slutgiltig version av målbilden. Målbilden beskriver en ”resa” som vi i Värmland tillsammans ska göra för att nå en god och nära hälsa, vård och omsorg.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2021,
			month: 6,
			periodLabel: 'Juni 2021',
			title: 'Fokusvecka: Vad är viktigt för dig?',
			body: 'En av två fokusveckor för att öka kunskapen om och skapa engagemang kring nära vård. Fokusveckan i juni handlade om frågan ”Vad är viktigt för dig?”.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2021,
			month: 1,
			periodLabel: 'Januari 2021',
			title: 'Uppstart samordningsgrupp',
			body: 'Samordningsgruppen består av representanter från kommunerna och regionen och har i uppdrag att leda målbildsprocessen framåt i länet och att koppla tillbaka arbetet till sina nätverk.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2021,
			periodLabel: '2021',
			title: 'Rätt vård vid psykisk hälsa',
			body: 'Förslag och bedömningar i det här betänkandet handlar om hur primärvården i regioner och kommuner ska vara ett stöd för människor med psykisk ohälsa och tillhandahålla redskap som stödjer människor till psykisk hälsa. Det kan handla om insatser från hälso- och sjukvården, men också om hur hälso- och sjukvården kan vara en brygga till andra insatser, till exempel från civila samhället i form av föreningslivet, när de egna resurserna och det nätverk man vanligtvis har omkring sig är för svagt eller inte räcker till. Delbetänkande: God och nära vård – Rätt vård vid psykisk hälsa (2021).',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2020,
			month: 12,
			periodLabel: 'December 2020',
			title: 'Uppstart processtöd',
			body: 'Processtödet har stöttat både processen och samordningsgruppen i arbetet med att ta fram målbilden.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2020,
			month: 4,
			periodLabel: 'April 2020',
			title: 'En reform för ett hållbart hälso- och sjukvårdssystem',
			body: 'Anna Nergårdh, särskild utredare inom SOU, fick 2017 uppdraget att utifrån förslagen i Effektiv vård stödja arbetet med att utveckla en modern, jämlik, tillgänglig och effektiv hälso- och sjukvård med fokus på primärvården. Slutbetänkande: God och nära vård – En reform för ett hållbart hälso- och sjukvårdssystem (2020).',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2020,
			month: 2,
			periodLabel: 'Februari 2020',
			title: 'Uppstart politisk referensgrupp',
			body: 'Den politiska referensgruppen består av två representanter från varje kommun samt presidiet i hälso- och sjukvårdsledningen i Region Värmland.',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2018,
			periodLabel: '2018',
			title: 'En primärvårdsreform',
			body: 'Utredningen föreslår att primärvårdens uppdrag tydliggörs för att skapa förutsättningar för en stark och likvärdig primärvård i hela Sverige. Delbetänkande: God och nära vård – En primärvårdsreform (2018).',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2017,
			periodLabel: '2017',
			title: 'En gemensam färdplan och målbild',
			body: 'Anna Nergårdh, särskild utredare inom SOU, fick 2017 uppdraget att utifrån förslagen i Effektiv vård stödja arbetet med att utveckla en modern, jämlik, tillgänglig och effektiv hälso- och sjukvård med fokus på primärvården. Delbetänkande: God och nära vård – En gemensam färdplan och målbild (2017).',
			source: '000_f8bc95be08be1486.txt'
		},
		{
			year: 2014,
			periodLabel: '2014–2016',
			title: 'Rapporten Effektiv vård',
			body: 'Göran Stiernstedt, tidigare särskild utredare inom Statens offentliga utredningar (SOU), arbetade fram rapporten Effektiv vård mellan 2014 och 2016. Anna Nergårdh, särskild utredare inom SOU, fick 2017 uppdraget att utifrån förslagen i Effektiv vård stödja arbetet med att utveckla en modern, jämlik, tillgänglig och effektiv hälso- och sjukvård med fokus på primärvården.',
			source: '000_f8bc95be08be1486.txt'
		}
	]
};
