// The strongest arguments on each side of every debate theme, shown after the reader has voted (so they
// inform a second look rather than steer the first answer). Each argument is a short sentence written for
// this project, in five languages, tied to a public report whose landing page was checked to exist.
// "for" supports the theme's claim, "against" opposes it; both sides get the same number of arguments.
import type { ThemeId } from '../core/types';
import type { LocalisedText } from './polls';

export interface ArgumentSource {
  name: string;
  url: string;
  year: number;
}

export interface DebateArgument {
  id: string;
  text: LocalisedText;
  source: ArgumentSource;
}

export interface Debate {
  /** The proposition the two sides argue about. */
  claim: LocalisedText;
  for: DebateArgument[];
  against: DebateArgument[];
}

let built: Readonly<Record<ThemeId, Debate>> | null = null;

/**
 * Every theme's debate. Built on first use, not when the script loads: the arguments are the panel's
 * largest block of data, a tab compiles the whole panel script before the panel can show, and the
 * debates are only read when the reader opens one (inside a function, they are only skimmed then).
 */
export function debates(): Readonly<Record<ThemeId, Debate>> {
  if (!built) built = buildDebates();
  return built;
}

function buildDebates(): Record<ThemeId, Debate> {
  const SOURCES = {
    draghi: {
      name: 'The future of European competitiveness (Draghi report), European Commission',
      url: 'https://commission.europa.eu/topics/eu-competitiveness/draghi-report_en',
      year: 2024,
    },
    aiIndex2025: {
      name: 'AI Index Report 2025, Stanford HAI',
      url: 'https://hai.stanford.edu/ai-index/2025-ai-index-report',
      year: 2025,
    },
    aiContinent: {
      name: 'AI Continent Action Plan, European Commission',
      url: 'https://digital-strategy.ec.europa.eu/en/policies/ai-continent-action-plan',
      year: 2025,
    },
    aiAct: {
      name: 'Regulation (EU) 2024/1689 (AI Act), EUR-Lex',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
      year: 2024,
    },
    unesco: {
      name: 'Recommendation on the Ethics of Artificial Intelligence, UNESCO',
      url: 'https://www.unesco.org/en/artificial-intelligence/recommendation-ethics',
      year: 2021,
    },
    oecd: {
      name: 'OECD AI Principles',
      url: 'https://oecd.ai/en/ai-principles',
      year: 2024,
    },
    cma: {
      name: 'AI Foundation Models: initial report, UK Competition and Markets Authority',
      url: 'https://www.gov.uk/government/publications/ai-foundation-models-initial-report',
      year: 2023,
    },
    aiNowCompute: {
      name: 'Computational Power and AI, AI Now Institute',
      url: 'https://ainowinstitute.org/publication/policy/compute-and-ai',
      year: 2023,
    },
    sequoia: {
      name: 'AI’s $600B Question, Sequoia Capital',
      url: 'https://www.sequoiacap.com/article/ais-600b-question/',
      year: 2024,
    },
    acemoglu: {
      name: 'The Simple Macroeconomics of AI (D. Acemoglu), NBER Working Paper 32487',
      url: 'https://www.nber.org/papers/w32487',
      year: 2024,
    },
    genAiAtWork: {
      name: 'Generative AI at Work (Brynjolfsson, Li, Raymond), NBER Working Paper 31161',
      url: 'https://www.nber.org/papers/w31161',
      year: 2023,
    },
    ieaEnergyAi: {
      name: 'Energy and AI, International Energy Agency',
      url: 'https://www.iea.org/reports/energy-and-ai',
      year: 2025,
    },
    lbnl: {
      name: '2024 United States Data Center Energy Usage Report, Lawrence Berkeley National Laboratory',
      url: 'https://eta.lbl.gov/publications/2024-lbnl-data-center-energy-usage-report',
      year: 2024,
    },
    imf: {
      name: 'Gen-AI: Artificial Intelligence and the Future of Work, IMF Staff Discussion Note',
      url: 'https://www.imf.org/en/Publications/Staff-Discussion-Notes/Issues/2024/01/14/Gen-AI-Artificial-Intelligence-and-the-Future-of-Work-542379',
      year: 2024,
    },
    ilo: {
      name: 'Generative AI and Jobs: a global analysis of potential effects on job quantity and quality, ILO',
      url: 'https://www.ilo.org/publications/generative-ai-and-jobs-global-analysis-potential-effects-job-quantity-and-quality',
      year: 2023,
    },
    safetyReport: {
      name: 'International AI Safety Report 2025',
      url: 'https://internationalaisafetyreport.org/publication/international-ai-safety-report-2025',
      year: 2025,
    },
    ntia: {
      name: 'Dual-Use Foundation Models with Widely Available Model Weights, NTIA',
      url: 'https://www.ntia.gov/programs-and-initiatives/artificial-intelligence/open-model-weights-report',
      year: 2024,
    },
  } satisfies Record<string, ArgumentSource>;

  return {
    'europe-catch-up': {
      claim: {
        en: 'Europe can still catch up in AI.',
        fr: 'L’Europe peut encore rattraper son retard en IA.',
        de: 'Europa kann bei der KI noch aufholen.',
        es: 'Europa todavía puede recuperar el retraso en IA.',
        it: 'L’Europa può ancora recuperare il ritardo nell’IA.',
      },
      for: [
        {
          id: 'eu-research-base',
          text: {
            en: 'Europe has strong research; its main gap is in money to scale companies up, which policy can change.',
            fr: 'L’Europe a une recherche solide ; son retard tient surtout au financement de la croissance des entreprises, que les politiques peuvent changer.',
            de: 'Europa forscht auf hohem Niveau; es fehlt vor allem Kapital zum Wachsen der Firmen, und das lässt sich politisch ändern.',
            es: 'Europa tiene una investigación sólida; su brecha está sobre todo en la financiación para que las empresas crezcan, algo que la política puede cambiar.',
            it: 'L’Europa ha una ricerca solida; il divario riguarda soprattutto i capitali per far crescere le imprese, e la politica può cambiarlo.',
          },
          source: SOURCES.draghi,
        },
        {
          id: 'eu-shared-compute',
          text: {
            en: 'The EU plans shared AI computing centres ("AI factories" and "gigafactories") so that its start-ups can train models at home.',
            fr: 'L’UE prévoit des centres de calcul partagés (« usines » et « gigausines » d’IA) pour que ses start-up entraînent leurs modèles sur place.',
            de: 'Die EU plant gemeinsame KI-Rechenzentren („KI-Fabriken“ und „Gigafabriken“), damit ihre Start-ups Modelle in Europa trainieren können.',
            es: 'La UE prevé centros de cálculo compartidos («fábricas» y «gigafábricas» de IA) para que sus start-ups entrenen modelos en casa.',
            it: 'L’UE prevede centri di calcolo condivisi («fabbriche» e «gigafabbriche» di IA) perché le sue start-up addestrino i modelli in Europa.',
          },
          source: SOURCES.aiContinent,
        },
        {
          id: 'eu-open-models-gap',
          text: {
            en: 'Open-weight models have nearly closed the gap with closed ones, which lowers the cost of entering the race.',
            fr: 'Les modèles à poids ouverts ont presque rattrapé les modèles fermés, ce qui abaisse le coût d’entrée dans la course.',
            de: 'Modelle mit offenen Gewichten haben fast zu geschlossenen aufgeschlossen; das senkt die Kosten des Einstiegs.',
            es: 'Los modelos de pesos abiertos casi han alcanzado a los cerrados, lo que abarata la entrada en la carrera.',
            it: 'I modelli a pesi aperti hanno quasi raggiunto quelli chiusi, e questo abbassa il costo per entrare in gara.',
          },
          source: SOURCES.aiIndex2025,
        },
      ],
      against: [
        {
          id: 'eu-investment-gap',
          text: {
            en: 'In 2024, private AI investment in the US ($109 billion) was more than ten times that of any European country.',
            fr: 'En 2024, l’investissement privé dans l’IA aux États-Unis (109 milliards de dollars) dépassait plus de dix fois celui de tout pays européen.',
            de: '2024 waren die privaten KI-Investitionen in den USA (109 Mrd. Dollar) mehr als zehnmal so hoch wie in jedem europäischen Land.',
            es: 'En 2024, la inversión privada en IA en EE. UU. (109.000 millones de dólares) multiplicaba por más de diez la de cualquier país europeo.',
            it: 'Nel 2024 gli investimenti privati nell’IA negli Stati Uniti (109 miliardi di dollari) erano oltre dieci volte quelli di qualsiasi paese europeo.',
          },
          source: SOURCES.aiIndex2025,
        },
        {
          id: 'eu-scaleups-leave',
          text: {
            en: 'A fragmented single market pushes many promising European start-ups to move abroad, mostly to the US, to grow.',
            fr: 'Un marché unique fragmenté pousse de nombreuses start-up européennes prometteuses à partir, surtout aux États-Unis, pour grandir.',
            de: 'Ein zersplitterter Binnenmarkt treibt viele vielversprechende europäische Start-ups zum Wachsen ins Ausland, meist in die USA.',
            es: 'Un mercado único fragmentado empuja a muchas start-ups europeas prometedoras a irse fuera, sobre todo a EE. UU., para crecer.',
            it: 'Un mercato unico frammentato spinge molte start-up europee promettenti a trasferirsi all’estero, soprattutto negli Stati Uniti, per crescere.',
          },
          source: SOURCES.draghi,
        },
        {
          id: 'eu-notable-models',
          text: {
            en: 'Of the notable AI models of 2024, 40 came from the US and 15 from China, against 3 from Europe.',
            fr: 'Parmi les modèles d’IA marquants de 2024, 40 venaient des États-Unis et 15 de Chine, contre 3 d’Europe.',
            de: 'Von den bedeutenden KI-Modellen des Jahres 2024 stammten 40 aus den USA und 15 aus China, aber nur 3 aus Europa.',
            es: 'De los modelos de IA destacados de 2024, 40 procedían de EE. UU. y 15 de China, frente a 3 de Europa.',
            it: 'Dei modelli di IA di rilievo del 2024, 40 venivano dagli Stati Uniti e 15 dalla Cina, contro 3 dall’Europa.',
          },
          source: SOURCES.aiIndex2025,
        },
      ],
    },
    sovereignty: {
      claim: {
        en: 'Europe should build its own AI capacity, even at a higher cost.',
        fr: 'L’Europe doit bâtir ses propres capacités en IA, même à un coût plus élevé.',
        de: 'Europa sollte eigene KI-Kapazitäten aufbauen, auch zu höheren Kosten.',
        es: 'Europa debe construir su propia capacidad en IA, aunque cueste más.',
        it: 'L’Europa dovrebbe costruire una propria capacità nell’IA, anche a un costo maggiore.',
      },
      for: [
        {
          id: 'sov-dependence-risk',
          text: {
            en: 'Relying on a few foreign providers for key technologies leaves Europe exposed to decisions taken elsewhere.',
            fr: 'Dépendre de quelques fournisseurs étrangers pour des technologies clés expose l’Europe à des décisions prises ailleurs.',
            de: 'Wer bei Schlüsseltechnologien von wenigen ausländischen Anbietern abhängt, ist Entscheidungen anderswo ausgeliefert.',
            es: 'Depender de unos pocos proveedores extranjeros en tecnologías clave expone a Europa a decisiones tomadas en otra parte.',
            it: 'Dipendere da pochi fornitori stranieri per tecnologie chiave espone l’Europa a decisioni prese altrove.',
          },
          source: SOURCES.draghi,
        },
        {
          id: 'sov-compute-at-home',
          text: {
            en: 'The EU’s plan to build large AI computing capacity on its own soil would give researchers and firms an alternative to foreign clouds.',
            fr: 'Le plan de l’UE pour bâtir de grandes capacités de calcul sur son sol offrirait aux chercheurs et aux entreprises une alternative aux clouds étrangers.',
            de: 'Der EU-Plan für große KI-Rechenkapazitäten auf eigenem Boden böte Forschern und Firmen eine Alternative zu ausländischen Clouds.',
            es: 'El plan de la UE de levantar gran capacidad de cálculo en su territorio daría a investigadores y empresas una alternativa a las nubes extranjeras.',
            it: 'Il piano dell’UE per grandi capacità di calcolo sul proprio territorio darebbe a ricercatori e imprese un’alternativa ai cloud stranieri.',
          },
          source: SOURCES.aiContinent,
        },
      ],
      against: [
        {
          id: 'sov-cost',
          text: {
            en: 'Doing everything at once is costly: the Draghi report puts Europe’s extra investment needs at €750–800 billion a year across its priorities.',
            fr: 'Tout faire à la fois coûte cher : le rapport Draghi chiffre les besoins d’investissement supplémentaires de l’Europe à 750-800 milliards d’euros par an, toutes priorités confondues.',
            de: 'Alles auf einmal ist teuer: Der Draghi-Bericht beziffert Europas zusätzlichen Investitionsbedarf auf 750–800 Mrd. Euro pro Jahr für alle Prioritäten.',
            es: 'Hacerlo todo a la vez es caro: el informe Draghi cifra las necesidades de inversión adicional de Europa en 750.000-800.000 millones de euros al año para todas sus prioridades.',
            it: 'Fare tutto insieme costa: il rapporto Draghi stima il fabbisogno di investimenti aggiuntivi dell’Europa in 750-800 miliardi di euro l’anno per tutte le priorità.',
          },
          source: SOURCES.draghi,
        },
        {
          id: 'sov-open-models',
          text: {
            en: 'Open-weight models now come close to closed ones, so much independence can be had by adapting them rather than building from scratch.',
            fr: 'Les modèles à poids ouverts approchent désormais les modèles fermés : on peut gagner beaucoup d’indépendance en les adaptant plutôt qu’en partant de zéro.',
            de: 'Offene Modelle kommen geschlossenen inzwischen nahe; viel Unabhängigkeit lässt sich durch Anpassen statt Neubau gewinnen.',
            es: 'Los modelos de pesos abiertos ya se acercan a los cerrados: adaptarlos da mucha independencia sin partir de cero.',
            it: 'I modelli a pesi aperti ormai si avvicinano a quelli chiusi: adattarli dà molta indipendenza senza partire da zero.',
          },
          source: SOURCES.aiIndex2025,
        },
      ],
    },
    ethics: {
      claim: {
        en: 'A more ethical AI needs binding rules, not only voluntary commitments.',
        fr: 'Une IA plus éthique a besoin de règles contraignantes, pas seulement d’engagements volontaires.',
        de: 'Eine ethischere KI braucht verbindliche Regeln, nicht nur freiwillige Zusagen.',
        es: 'Una IA más ética necesita normas vinculantes, no solo compromisos voluntarios.',
        it: 'Un’IA più etica ha bisogno di regole vincolanti, non solo di impegni volontari.',
      },
      for: [
        {
          id: 'eth-ai-act-bans',
          text: {
            en: 'The EU AI Act bans some uses outright, such as social scoring, and sets duties for high-risk systems, backed by fines.',
            fr: 'L’AI Act européen interdit certains usages, comme la notation sociale, et impose des obligations aux systèmes à haut risque, sous peine d’amendes.',
            de: 'Der europäische AI Act verbietet manche Anwendungen wie Social Scoring ganz und verpflichtet Hochrisiko-Systeme, mit Bußgeldern.',
            es: 'La Ley de IA de la UE prohíbe algunos usos, como la puntuación social, e impone obligaciones a los sistemas de alto riesgo, con multas.',
            it: 'L’AI Act europeo vieta alcuni usi, come il punteggio sociale, e impone obblighi ai sistemi ad alto rischio, con sanzioni.',
          },
          source: SOURCES.aiAct,
        },
        {
          id: 'eth-unesco-principles',
          text: {
            en: 'UNESCO’s member states agreed on shared ethics principles for AI in 2021; binding rules are how such principles get enforced.',
            fr: 'Les États membres de l’UNESCO ont adopté en 2021 des principes éthiques communs pour l’IA ; des règles contraignantes les font respecter.',
            de: 'Die UNESCO-Mitgliedstaaten einigten sich 2021 auf gemeinsame Ethikgrundsätze für KI; verbindliche Regeln setzen sie durch.',
            es: 'Los Estados miembros de la UNESCO acordaron en 2021 principios éticos comunes para la IA; las normas vinculantes los hacen cumplir.',
            it: 'Gli Stati membri dell’UNESCO hanno adottato nel 2021 principi etici comuni per l’IA; le regole vincolanti li fanno rispettare.',
          },
          source: SOURCES.unesco,
        },
      ],
      against: [
        {
          id: 'eth-shared-principles',
          text: {
            en: 'Shared principles such as the OECD’s, backed by many countries, can guide companies across borders without waiting for each law.',
            fr: 'Des principes communs comme ceux de l’OCDE, soutenus par de nombreux pays, peuvent guider les entreprises au-delà des frontières sans attendre chaque loi.',
            de: 'Gemeinsame Grundsätze wie die der OECD, von vielen Ländern getragen, können Firmen grenzüberschreitend leiten, ohne auf jedes Gesetz zu warten.',
            es: 'Principios compartidos como los de la OCDE, respaldados por muchos países, pueden orientar a las empresas más allá de las fronteras sin esperar a cada ley.',
            it: 'Principi condivisi come quelli dell’OCSE, sostenuti da molti paesi, possono guidare le imprese oltre i confini senza attendere ogni legge.',
          },
          source: SOURCES.oecd,
        },
        {
          id: 'eth-risks-move-fast',
          text: {
            en: 'Reported AI incidents are rising while standard safety evaluations remain rare: rules fixed today may aim at the wrong risks.',
            fr: 'Les incidents liés à l’IA augmentent et les évaluations standardisées restent rares : des règles figées aujourd’hui risquent de viser les mauvais risques.',
            de: 'Gemeldete KI-Vorfälle nehmen zu, standardisierte Prüfungen bleiben selten: Heute festgelegte Regeln könnten die falschen Risiken treffen.',
            es: 'Los incidentes de IA aumentan y las evaluaciones estandarizadas siguen siendo raras: normas fijadas hoy podrían apuntar a riesgos equivocados.',
            it: 'Gli incidenti legati all’IA aumentano e le valutazioni standard restano rare: regole fissate oggi rischiano di mirare ai rischi sbagliati.',
          },
          source: SOURCES.aiIndex2025,
        },
      ],
    },
    concentration: {
      claim: {
        en: 'The dominance of a few companies in AI is a problem that calls for action.',
        fr: 'La domination de quelques entreprises sur l’IA est un problème qui appelle une action.',
        de: 'Die Vorherrschaft weniger Unternehmen in der KI ist ein Problem, das Handeln erfordert.',
        es: 'El dominio de unas pocas empresas en la IA es un problema que exige actuar.',
        it: 'Il dominio di poche aziende sull’IA è un problema che richiede un intervento.',
      },
      for: [
        {
          id: 'conc-cma-warning',
          text: {
            en: 'The UK competition authority warned that a few firms controlling both models and key inputs could weaken competition.',
            fr: 'L’autorité britannique de la concurrence a averti que quelques entreprises contrôlant à la fois les modèles et les ressources clés pourraient affaiblir la concurrence.',
            de: 'Die britische Wettbewerbsbehörde warnte: Wenige Firmen, die Modelle und wichtige Ressourcen zugleich kontrollieren, könnten den Wettbewerb schwächen.',
            es: 'La autoridad británica de competencia advirtió que unas pocas empresas que controlen a la vez modelos y recursos clave podrían debilitar la competencia.',
            it: 'L’autorità britannica della concorrenza ha avvertito che poche imprese che controllano sia i modelli sia le risorse chiave potrebbero indebolire la concorrenza.',
          },
          source: SOURCES.cma,
        },
        {
          id: 'conc-compute-barrier',
          text: {
            en: 'Training frontier models takes computing power that only a handful of companies can afford.',
            fr: 'Entraîner les modèles de pointe exige une puissance de calcul que seule une poignée d’entreprises peut s’offrir.',
            de: 'Spitzenmodelle zu trainieren erfordert Rechenleistung, die sich nur eine Handvoll Unternehmen leisten kann.',
            es: 'Entrenar los modelos punteros exige una potencia de cálculo que solo un puñado de empresas puede pagar.',
            it: 'Addestrare i modelli di punta richiede una potenza di calcolo che solo poche aziende possono permettersi.',
          },
          source: SOURCES.aiNowCompute,
        },
      ],
      against: [
        {
          id: 'conc-costs-falling',
          text: {
            en: 'The price of using a model as capable as GPT-3.5 fell more than 280-fold in about two years, opening the field to smaller players.',
            fr: 'Le prix d’utilisation d’un modèle aussi performant que GPT-3.5 a été divisé par plus de 280 en deux ans environ, ouvrant le jeu aux petits acteurs.',
            de: 'Die Nutzung eines Modells auf GPT-3.5-Niveau wurde in rund zwei Jahren über 280-mal billiger; das öffnet das Feld für Kleinere.',
            es: 'El precio de usar un modelo tan capaz como GPT-3.5 se dividió por más de 280 en unos dos años, lo que abre el juego a actores pequeños.',
            it: 'Il prezzo d’uso di un modello capace quanto GPT-3.5 è sceso di oltre 280 volte in circa due anni, aprendo il campo ai più piccoli.',
          },
          source: SOURCES.aiIndex2025,
        },
        {
          id: 'conc-open-challengers',
          text: {
            en: 'Open-weight models have nearly caught up with the best closed ones, which limits any single firm’s hold on the market.',
            fr: 'Les modèles à poids ouverts ont presque rattrapé les meilleurs modèles fermés, ce qui limite l’emprise d’une seule entreprise.',
            de: 'Offene Modelle haben fast zu den besten geschlossenen aufgeschlossen; das begrenzt die Macht einzelner Firmen.',
            es: 'Los modelos de pesos abiertos casi han alcanzado a los mejores cerrados, lo que limita el control de una sola empresa.',
            it: 'I modelli a pesi aperti hanno quasi raggiunto i migliori modelli chiusi, limitando la presa di una singola impresa.',
          },
          source: SOURCES.aiIndex2025,
        },
      ],
    },
    bubble: {
      claim: {
        en: 'The money pouring into AI is a bubble.',
        fr: 'L’argent qui afflue vers l’IA est une bulle.',
        de: 'Das viele Geld, das in KI fließt, ist eine Blase.',
        es: 'El dinero que fluye hacia la IA es una burbuja.',
        it: 'Il denaro che affluisce verso l’IA è una bolla.',
      },
      for: [
        {
          id: 'bub-revenue-gap',
          text: {
            en: 'An investor at Sequoia estimated that AI would need about $600 billion of yearly revenue to pay for the infrastructure being built, far above what it earned.',
            fr: 'Un investisseur de Sequoia a estimé qu’il faudrait environ 600 milliards de dollars de revenus annuels pour payer les infrastructures d’IA en construction, bien au-delà des revenus réels.',
            de: 'Ein Sequoia-Investor schätzte, dass KI rund 600 Mrd. Dollar Jahresumsatz bräuchte, um die gebaute Infrastruktur zu bezahlen – weit mehr als erzielt.',
            es: 'Un inversor de Sequoia calculó que la IA necesitaría unos 600.000 millones de dólares de ingresos anuales para pagar la infraestructura en construcción, muy por encima de lo ingresado.',
            it: 'Un investitore di Sequoia ha stimato che l’IA dovrebbe incassare circa 600 miliardi di dollari l’anno per ripagare le infrastrutture in costruzione, molto più dei ricavi reali.',
          },
          source: SOURCES.sequoia,
        },
        {
          id: 'bub-modest-productivity',
          text: {
            en: 'Economist Daron Acemoglu estimates that AI will raise productivity only modestly over the next ten years.',
            fr: 'L’économiste Daron Acemoglu estime que l’IA n’augmentera que modestement la productivité au cours des dix prochaines années.',
            de: 'Der Ökonom Daron Acemoglu schätzt, dass KI die Produktivität in den nächsten zehn Jahren nur mäßig steigert.',
            es: 'El economista Daron Acemoglu calcula que la IA solo elevará modestamente la productividad en los próximos diez años.',
            it: 'L’economista Daron Acemoglu stima che l’IA aumenterà la produttività solo modestamente nei prossimi dieci anni.',
          },
          source: SOURCES.acemoglu,
        },
      ],
      against: [
        {
          id: 'bub-adoption',
          text: {
            en: '78% of organisations said they used AI in 2024, up from 55% a year earlier: the demand is real.',
            fr: '78 % des organisations déclaraient utiliser l’IA en 2024, contre 55 % un an plus tôt : la demande est réelle.',
            de: '78 % der Organisationen nutzten 2024 nach eigenen Angaben KI, ein Jahr zuvor 55 %: Die Nachfrage ist echt.',
            es: 'El 78 % de las organizaciones decía usar IA en 2024, frente al 55 % un año antes: la demanda es real.',
            it: 'Il 78% delle organizzazioni dichiarava di usare l’IA nel 2024, contro il 55% un anno prima: la domanda è reale.',
          },
          source: SOURCES.aiIndex2025,
        },
        {
          id: 'bub-measured-gains',
          text: {
            en: 'Field studies already measure gains: support agents with an AI assistant solved 14% more cases per hour.',
            fr: 'Des études de terrain mesurent déjà des gains : des agents de support aidés par une IA ont traité 14 % de cas en plus par heure.',
            de: 'Feldstudien messen bereits Gewinne: Support-Mitarbeiter mit KI-Assistent lösten pro Stunde 14 % mehr Fälle.',
            es: 'Los estudios de campo ya miden avances: agentes de soporte con un asistente de IA resolvieron un 14 % más de casos por hora.',
            it: 'Gli studi sul campo misurano già dei guadagni: addetti all’assistenza con un assistente IA hanno risolto il 14% di casi in più all’ora.',
          },
          source: SOURCES.genAiAtWork,
        },
      ],
    },
    'compute-energy': {
      claim: {
        en: 'The energy AI uses is a price worth paying.',
        fr: 'L’énergie consommée par l’IA est un prix qui en vaut la peine.',
        de: 'Der Energieverbrauch der KI ist den Preis wert.',
        es: 'La energía que consume la IA compensa.',
        it: 'L’energia consumata dall’IA è un prezzo che vale la pena pagare.',
      },
      for: [
        {
          id: 'nrg-share-small',
          text: {
            en: 'Data centres used about 1.5% of the world’s electricity in 2024: significant, but far less than industry, buildings or transport.',
            fr: 'Les centres de données ont consommé environ 1,5 % de l’électricité mondiale en 2024 : notable, mais bien moins que l’industrie, les bâtiments ou les transports.',
            de: 'Rechenzentren verbrauchten 2024 rund 1,5 % des weltweiten Stroms: beachtlich, aber weit weniger als Industrie, Gebäude oder Verkehr.',
            es: 'Los centros de datos consumieron cerca del 1,5 % de la electricidad mundial en 2024: notable, pero mucho menos que la industria, los edificios o el transporte.',
            it: 'I data center hanno consumato circa l’1,5% dell’elettricità mondiale nel 2024: molto, ma assai meno di industria, edifici o trasporti.',
          },
          source: SOURCES.ieaEnergyAi,
        },
        {
          id: 'nrg-ai-for-energy',
          text: {
            en: 'The IEA finds that AI used to run grids, factories and buildings more efficiently could cut energy use and emissions elsewhere.',
            fr: 'L’AIE estime que l’IA utilisée pour mieux gérer réseaux, usines et bâtiments pourrait réduire ailleurs la consommation d’énergie et les émissions.',
            de: 'Die IEA stellt fest, dass KI für effizientere Netze, Fabriken und Gebäude anderswo Energie und Emissionen einsparen könnte.',
            es: 'La AIE considera que la IA usada para gestionar mejor redes, fábricas y edificios podría reducir en otros ámbitos el consumo de energía y las emisiones.',
            it: 'L’AIE ritiene che l’IA usata per gestire meglio reti, fabbriche ed edifici potrebbe ridurre altrove consumi energetici ed emissioni.',
          },
          source: SOURCES.ieaEnergyAi,
        },
      ],
      against: [
        {
          id: 'nrg-demand-doubles',
          text: {
            en: 'The IEA expects data-centre electricity demand to more than double by 2030, to around 945 TWh.',
            fr: 'L’AIE prévoit que la demande d’électricité des centres de données fera plus que doubler d’ici 2030, à environ 945 TWh.',
            de: 'Die IEA erwartet, dass sich der Strombedarf der Rechenzentren bis 2030 auf rund 945 TWh mehr als verdoppelt.',
            es: 'La AIE prevé que la demanda eléctrica de los centros de datos se duplique con creces de aquí a 2030, hasta unos 945 TWh.',
            it: 'L’AIE prevede che la domanda elettrica dei data center più che raddoppierà entro il 2030, fino a circa 945 TWh.',
          },
          source: SOURCES.ieaEnergyAi,
        },
        {
          id: 'nrg-us-share',
          text: {
            en: 'In the US, data centres could use 6.7% to 12% of all electricity by 2028, up from 4.4% in 2023.',
            fr: 'Aux États-Unis, les centres de données pourraient consommer de 6,7 % à 12 % de l’électricité en 2028, contre 4,4 % en 2023.',
            de: 'In den USA könnten Rechenzentren 2028 zwischen 6,7 % und 12 % des Stroms verbrauchen, nach 4,4 % im Jahr 2023.',
            es: 'En EE. UU., los centros de datos podrían consumir entre el 6,7 % y el 12 % de la electricidad en 2028, frente al 4,4 % de 2023.',
            it: 'Negli Stati Uniti i data center potrebbero consumare tra il 6,7% e il 12% dell’elettricità nel 2028, contro il 4,4% del 2023.',
          },
          source: SOURCES.lbnl,
        },
      ],
    },
    jobs: {
      claim: {
        en: 'Overall, AI will be good for jobs.',
        fr: 'Au total, l’IA sera bénéfique pour l’emploi.',
        de: 'Insgesamt wird KI gut für die Arbeitsplätze sein.',
        es: 'En conjunto, la IA será buena para el empleo.',
        it: 'Nel complesso, l’IA farà bene al lavoro.',
      },
      for: [
        {
          id: 'jobs-augment',
          text: {
            en: 'The ILO finds that most jobs are only partly exposed to generative AI, so changing tasks is more likely than losing whole jobs.',
            fr: 'L’OIT constate que la plupart des emplois ne sont que partiellement exposés à l’IA générative : transformer les tâches est plus probable que supprimer les postes.',
            de: 'Die ILO stellt fest, dass die meisten Berufe nur teilweise generativer KI ausgesetzt sind; veränderte Aufgaben sind wahrscheinlicher als verlorene Stellen.',
            es: 'La OIT concluye que la mayoría de los empleos solo están parcialmente expuestos a la IA generativa: es más probable que cambien las tareas que desaparezcan puestos.',
            it: 'L’OIL rileva che la maggior parte dei lavori è esposta solo in parte all’IA generativa: è più probabile che cambino i compiti che spariscano i posti.',
          },
          source: SOURCES.ilo,
        },
        {
          id: 'jobs-novices-gain',
          text: {
            en: 'In a large field study, an AI assistant helped the least experienced workers most, narrowing the gap with their senior colleagues.',
            fr: 'Dans une vaste étude de terrain, un assistant d’IA a surtout aidé les salariés les moins expérimentés, réduisant l’écart avec leurs aînés.',
            de: 'In einer großen Feldstudie half ein KI-Assistent vor allem den Unerfahrensten und verringerte den Abstand zu erfahrenen Kollegen.',
            es: 'En un amplio estudio de campo, un asistente de IA ayudó sobre todo a los trabajadores con menos experiencia y redujo la distancia con los veteranos.',
            it: 'In un ampio studio sul campo, un assistente IA ha aiutato soprattutto i lavoratori meno esperti, riducendo il divario con i colleghi anziani.',
          },
          source: SOURCES.genAiAtWork,
        },
      ],
      against: [
        {
          id: 'jobs-exposure',
          text: {
            en: 'The IMF estimates that almost 40% of jobs worldwide, and about 60% in advanced economies, are exposed to AI.',
            fr: 'Le FMI estime que près de 40 % des emplois dans le monde, et environ 60 % dans les économies avancées, sont exposés à l’IA.',
            de: 'Der IWF schätzt, dass fast 40 % der Arbeitsplätze weltweit und rund 60 % in Industrieländern der KI ausgesetzt sind.',
            es: 'El FMI calcula que casi el 40 % de los empleos del mundo, y cerca del 60 % en las economías avanzadas, están expuestos a la IA.',
            it: 'L’FMI stima che quasi il 40% dei posti di lavoro nel mondo, e circa il 60% nelle economie avanzate, sia esposto all’IA.',
          },
          source: SOURCES.imf,
        },
        {
          id: 'jobs-clerical-women',
          text: {
            en: 'Clerical work is the most exposed, and in richer countries it employs more women than men, so the shock would fall unevenly.',
            fr: 'Le travail administratif est le plus exposé et, dans les pays riches, il emploie davantage de femmes : le choc serait inégal.',
            de: 'Bürotätigkeiten sind am stärksten betroffen und werden in reicheren Ländern öfter von Frauen ausgeübt; der Schock träfe ungleich.',
            es: 'El trabajo administrativo es el más expuesto y, en los países ricos, emplea a más mujeres: el golpe sería desigual.',
            it: 'Il lavoro d’ufficio è il più esposto e nei paesi più ricchi impiega più donne: lo shock sarebbe diseguale.',
          },
          source: SOURCES.ilo,
        },
      ],
    },
    regulation: {
      claim: {
        en: 'Europe is regulating AI the right way.',
        fr: 'L’Europe régule l’IA de la bonne manière.',
        de: 'Europa reguliert die KI auf die richtige Weise.',
        es: 'Europa regula la IA de la manera adecuada.',
        it: 'L’Europa regola l’IA nel modo giusto.',
      },
      for: [
        {
          id: 'reg-risk-based',
          text: {
            en: 'The AI Act scales duties with risk: most applications face no new obligations, while high-risk uses must pass checks.',
            fr: 'L’AI Act proportionne les obligations au risque : la plupart des applications n’ont aucune nouvelle contrainte, les usages à haut risque doivent passer des contrôles.',
            de: 'Der AI Act richtet die Pflichten nach dem Risiko: Die meisten Anwendungen haben keine neuen Pflichten, Hochrisiko-Anwendungen müssen geprüft werden.',
            es: 'La Ley de IA gradúa las obligaciones según el riesgo: la mayoría de aplicaciones no tiene nuevas obligaciones y los usos de alto riesgo deben pasar controles.',
            it: 'L’AI Act gradua gli obblighi in base al rischio: la maggior parte delle applicazioni non ha nuovi obblighi, gli usi ad alto rischio devono superare controlli.',
          },
          source: SOURCES.aiAct,
        },
        {
          id: 'reg-documented-risks',
          text: {
            en: 'An international expert report documents risks of general-purpose AI, from misuse to malfunctions, that call for public oversight.',
            fr: 'Un rapport international d’experts documente des risques de l’IA à usage général, des abus aux dysfonctionnements, qui appellent un contrôle public.',
            de: 'Ein internationaler Expertenbericht belegt Risiken von Allzweck-KI, von Missbrauch bis Fehlfunktion, die öffentliche Aufsicht verlangen.',
            es: 'Un informe internacional de expertos documenta riesgos de la IA de uso general, del mal uso a los fallos, que requieren supervisión pública.',
            it: 'Un rapporto internazionale di esperti documenta rischi dell’IA per uso generale, dagli abusi ai malfunzionamenti, che richiedono un controllo pubblico.',
          },
          source: SOURCES.safetyReport,
        },
      ],
      against: [
        {
          id: 'reg-burden',
          text: {
            en: 'The Draghi report warns that heavy and fragmented EU rules on technology hold back innovative companies.',
            fr: 'Le rapport Draghi avertit que des règles européennes lourdes et fragmentées sur la technologie freinent les entreprises innovantes.',
            de: 'Der Draghi-Bericht warnt, dass schwere und zersplitterte EU-Regeln für Technologie innovative Firmen bremsen.',
            es: 'El informe Draghi advierte de que unas normas europeas sobre tecnología pesadas y fragmentadas frenan a las empresas innovadoras.',
            it: 'Il rapporto Draghi avverte che regole europee sulla tecnologia pesanti e frammentate frenano le imprese innovative.',
          },
          source: SOURCES.draghi,
        },
        {
          id: 'reg-late-details',
          text: {
            en: 'Most AI Act duties apply only from August 2026, and much depends on standards and guidance still being written, which leaves firms uncertain.',
            fr: 'La plupart des obligations de l’AI Act ne s’appliquent qu’à partir d’août 2026, et beaucoup dépend de normes et de lignes directrices encore en rédaction : les entreprises restent dans l’incertitude.',
            de: 'Die meisten AI-Act-Pflichten gelten erst ab August 2026, und vieles hängt von noch entstehenden Normen und Leitlinien ab; das verunsichert Firmen.',
            es: 'La mayoría de las obligaciones de la Ley de IA solo se aplican desde agosto de 2026 y mucho depende de normas y guías aún en redacción, lo que deja a las empresas en la incertidumbre.',
            it: 'La maggior parte degli obblighi dell’AI Act si applica solo da agosto 2026 e molto dipende da norme tecniche e linee guida ancora in stesura: le imprese restano nell’incertezza.',
          },
          source: SOURCES.aiAct,
        },
      ],
    },
    'open-source': {
      claim: {
        en: 'The most capable AI models should be open (open weights).',
        fr: 'Les modèles d’IA les plus puissants devraient être ouverts (poids publics).',
        de: 'Die leistungsfähigsten KI-Modelle sollten offen sein (offene Gewichte).',
        es: 'Los modelos de IA más potentes deberían ser abiertos (pesos abiertos).',
        it: 'I modelli di IA più potenti dovrebbero essere aperti (pesi pubblici).',
      },
      for: [
        {
          id: 'os-ntia-monitor',
          text: {
            en: 'A US government review found too little evidence to restrict open-weight models for now and recommended monitoring the risks instead.',
            fr: 'Une étude du gouvernement américain n’a pas trouvé assez d’éléments pour restreindre les modèles à poids ouverts et recommande plutôt de surveiller les risques.',
            de: 'Eine Prüfung der US-Regierung fand derzeit zu wenig Belege, um offene Modelle einzuschränken, und empfahl stattdessen, die Risiken zu beobachten.',
            es: 'Un estudio del Gobierno de EE. UU. no halló pruebas suficientes para restringir por ahora los modelos de pesos abiertos y recomendó vigilar los riesgos.',
            it: 'Uno studio del governo statunitense non ha trovato prove sufficienti per limitare ora i modelli a pesi aperti e ha raccomandato di monitorarne i rischi.',
          },
          source: SOURCES.ntia,
        },
        {
          id: 'os-competition',
          text: {
            en: 'Competition authorities see open models as a way to keep the market open to newcomers and smaller firms.',
            fr: 'Les autorités de concurrence voient dans les modèles ouverts un moyen de garder le marché accessible aux nouveaux venus et aux petites entreprises.',
            de: 'Wettbewerbsbehörden sehen offene Modelle als Weg, den Markt für Neulinge und kleinere Firmen offen zu halten.',
            es: 'Las autoridades de competencia ven en los modelos abiertos una forma de mantener el mercado accesible a recién llegados y pequeñas empresas.',
            it: 'Le autorità antitrust vedono nei modelli aperti un modo per tenere il mercato accessibile a nuovi arrivati e piccole imprese.',
          },
          source: SOURCES.cma,
        },
      ],
      against: [
        {
          id: 'os-irreversible',
          text: {
            en: 'Once weights are published they cannot be withdrawn, and built-in safeguards can be removed by further training.',
            fr: 'Une fois publiés, les poids ne peuvent plus être retirés, et les garde-fous intégrés peuvent être supprimés par un nouvel entraînement.',
            de: 'Einmal veröffentlichte Gewichte lassen sich nicht zurückholen, und eingebaute Schutzmechanismen können durch Nachtrainieren entfernt werden.',
            es: 'Una vez publicados, los pesos no pueden retirarse y las salvaguardas integradas pueden eliminarse con un nuevo entrenamiento.',
            it: 'Una volta pubblicati, i pesi non si possono ritirare e le protezioni integrate possono essere rimosse con un nuovo addestramento.',
          },
          source: SOURCES.safetyReport,
        },
        {
          id: 'os-misuse',
          text: {
            en: 'Freely available capable models can also serve malicious actors, beyond the reach of any usage policy.',
            fr: 'Des modèles performants librement disponibles peuvent aussi servir des acteurs malveillants, hors de portée de toute politique d’usage.',
            de: 'Frei verfügbare leistungsfähige Modelle können auch böswilligen Akteuren dienen, außerhalb jeder Nutzungsrichtlinie.',
            es: 'Los modelos potentes de libre acceso también pueden servir a actores malintencionados, fuera del alcance de cualquier política de uso.',
            it: 'Modelli potenti liberamente disponibili possono servire anche ad attori malintenzionati, fuori dalla portata di qualsiasi politica d’uso.',
          },
          source: SOURCES.ntia,
        },
      ],
    },
  };
}
