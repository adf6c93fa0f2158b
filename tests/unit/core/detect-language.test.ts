import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectLanguage, isSupportedLang, languageScores } from '../../../core/detect-language';
import { LANGS } from '../../../core/types';
import type { Lang } from '../../../core/types';
import { requireSharedDir } from '../../shared-dir';

// Headlines written for these tests: AI money, and ordinary news so the detector is not tuned to one topic.
const HEADLINES: Record<Lang, string[]> = {
  en: [
    'Mistral AI raises €600 million as investors bet on European challenger',
    'OpenAI closes record funding round at a $300 billion valuation',
    'Anthropic secures fresh backing from Amazon in multibillion-dollar deal',
    'Why the AI spending boom worries some Wall Street analysts',
    'Government unveils plan to build new data centres across the north',
    'Nvidia shares slip after chipmaker warns on export rules',
    'Startup behind coding assistant doubles its valuation in six months',
    'Is the artificial intelligence gold rush running out of steam?',
    'Microsoft to spend $80 billion on AI infrastructure this year',
    'Flood warnings issued as heavy rain hits the south coast',
    'Prime minister faces growing pressure over housing promises',
    'Local council votes to close three libraries despite protests',
    'Inflation falls for the third month in a row',
    'Scientists discover new species of frog in remote rainforest',
    'Teachers vote to strike over pay and workload',
    'Football club sacks manager after run of heavy defeats',
    'Tech giant fined over handling of children’s data',
    'Electric car sales overtake diesel for the first time',
    'How a small team built a chatbot that rivals the giants',
    'Court rules that the merger can go ahead',
    'Retailers brace for a difficult Christmas season',
    'Hospital waiting lists reach record high, figures show',
  ],
  fr: [
    'OpenAI lève 40 milliards de dollars et atteint une valorisation record',
    'Mistral AI boucle une levée de fonds de 600 millions d’euros',
    'L’Europe peut-elle encore rattraper son retard dans l’intelligence artificielle ?',
    'La start-up française qui veut rivaliser avec les géants américains',
    'Le gouvernement annonce un plan de 109 milliards pour les centres de données',
    'Pourquoi les investisseurs se ruent sur les jeunes pousses de l’IA',
    'Nvidia dépasse les attentes grâce à la demande en puces',
    'Les députés adoptent le projet de loi sur le numérique',
    'Grève dans les transports : le trafic sera très perturbé jeudi',
    'La canicule s’installe sur le sud du pays',
    'Le prix de l’électricité va encore augmenter cet hiver',
    'Un juge se récuse dans une affaire de corruption',
    'Les agriculteurs bloquent les routes autour de la capitale',
    'Le chômage recule légèrement au troisième trimestre',
    'Réforme des retraites : ce qui change au premier janvier',
    'Le club parisien s’impose dans les dernières minutes du match',
    'Une exposition consacrée aux peintres impressionnistes ouvre ses portes',
    'Les ventes de voitures électriques progressent fortement',
    'Incendie dans un entrepôt près de Lyon, aucun blessé',
    'Ce que l’on sait de l’accord conclu cette nuit',
    'Les loyers continuent de grimper dans les grandes villes',
    'La jeune pousse rachetée par un groupe américain',
  ],
  de: [
    'Mistral AI sammelt 600 Millionen Euro bei Investoren ein',
    'OpenAI erhält Milliarden und wird mit 300 Milliarden Dollar bewertet',
    'Kann Europa bei der künstlichen Intelligenz noch aufholen?',
    'Bundesregierung plant neue Rechenzentren für die KI-Forschung',
    'Warum Anleger jetzt auf KI-Start-ups setzen',
    'Aleph Alpha verliert den Anschluss an die Konkurrenz',
    'Nvidia übertrifft die Erwartungen der Analysten deutlich',
    'Bahn streicht zahlreiche Verbindungen wegen Sturm',
    'Die Inflation sinkt auf den niedrigsten Stand seit drei Jahren',
    'Bundestag beschließt Reform des Heizungsgesetzes',
    'Mieten in Großstädten steigen weiter kräftig',
    'Hitzewelle: Behörden warnen vor Waldbränden im Osten',
    'Der Trainer muss nach der dritten Niederlage in Folge gehen',
    'Gewerkschaft ruft zu Warnstreiks im öffentlichen Dienst auf',
    'Neue Studie: Kinder schlafen zu wenig',
    'Autobauer kündigt Abbau von tausenden Stellen an',
    'Wie sicher sind unsere Daten in der Cloud?',
    'Polizei ermittelt nach Einbruch in Museum',
    'Strompreise sollen im nächsten Jahr sinken',
    'Was der Koalitionsvertrag für Familien bedeutet',
    'Start-up aus München übernimmt Konkurrenten aus Berlin',
    'Regierung will Bürokratie für Unternehmen abbauen',
  ],
  es: [
    'Mistral AI recauda 600 millones de euros en una nueva ronda',
    'OpenAI cierra una ronda de financiación récord de 40.000 millones',
    '¿Puede Europa alcanzar a Estados Unidos en inteligencia artificial?',
    'El Gobierno aprueba un plan para atraer centros de datos',
    'Por qué los inversores apuestan por las empresas emergentes de IA',
    'La empresa de chips supera las previsiones de los analistas',
    'Una startup española levanta 20 millones para crecer en Latinoamérica',
    'El Congreso aprueba la reforma de la ley de vivienda',
    'La ola de calor obliga a suspender las clases en varias provincias',
    'El paro baja por tercer mes consecutivo',
    'Los agricultores cortan las carreteras en protesta por los precios',
    'El equipo blanco remonta y se mete en la final',
    'Detenido un hombre por el incendio de un almacén en Valencia',
    'La inflación se modera en el mes de octubre',
    'Los alquileres siguen subiendo en las grandes ciudades',
    'Qué cambia en las pensiones a partir de enero',
    'Huelga de médicos: miles de consultas canceladas',
    'El precio de la luz se dispara en plena ola de frío',
    'Un estudio alerta del aumento de la obesidad infantil',
    'La bolsa cierra la semana con pérdidas',
    'El museo abre una exposición dedicada a Goya',
    'Las ventas de coches eléctricos crecen con fuerza',
  ],
  it: [
    'Mistral AI raccoglie 600 milioni di euro da nuovi investitori',
    'OpenAI chiude un round da 40 miliardi di dollari',
    'L’Europa può ancora recuperare il ritardo sull’intelligenza artificiale?',
    'Il governo stanzia fondi per nuovi data center al Sud',
    'Perché gli investitori puntano sulle startup dell’intelligenza artificiale',
    'Il produttore di chip supera le stime degli analisti',
    'La startup milanese chiude un aumento di capitale da 15 milioni',
    'Il Senato approva la riforma della giustizia',
    'Ondata di caldo, bollino rosso in dodici città',
    'La disoccupazione scende al livello più basso degli ultimi anni',
    'Gli agricoltori bloccano le strade con i trattori',
    'La squadra vince in rimonta e vola in finale',
    'Incendio in un capannone alle porte di Torino, nessun ferito',
    'L’inflazione rallenta anche a ottobre',
    'Gli affitti continuano a salire nelle grandi città',
    'Pensioni, cosa cambia dal primo gennaio',
    'Sciopero dei treni: ecco le fasce di garanzia',
    'Il prezzo dell’energia torna a salire',
    'Uno studio rivela che i ragazzi dormono troppo poco',
    'La borsa chiude la settimana in calo',
    'Il museo inaugura una mostra dedicata a Caravaggio',
    'Le vendite di auto elettriche crescono ancora',
  ],
};

// Paragraphs written for these tests, in the register of news articles.
const PARAGRAPHS: Record<Lang, string[]> = {
  en: [
    'The Paris-based company said the new money would be used to hire researchers and to rent more computing power, as it races to keep up with much larger rivals in the United States.',
    'Investors have poured record sums into artificial intelligence this year, even as some analysts warn that the valuations being paid bear little relation to the revenue these companies actually make.',
    'The government said the plan would create thousands of jobs, but opposition lawmakers questioned where the electricity for the new data centres would come from.',
    'Residents were told to stay indoors on Tuesday evening after a fire broke out at a chemical plant on the edge of the town, sending a thick plume of smoke over nearby streets.',
    'The central bank left interest rates unchanged for the fourth meeting in a row, saying it wanted to see clearer signs that inflation was heading back towards its target.',
    'Shares in the chipmaker rose sharply in early trading after it reported quarterly sales well ahead of expectations, driven by demand from cloud providers.',
    'She joined the company as an engineer in 2015 and rose quickly through the ranks, becoming chief technology officer before she was thirty.',
    'The museum, which reopened last month after a long renovation, has already welcomed more visitors than it did in the whole of the previous year.',
    'Under the terms of the deal, the acquirer will pay cash for every outstanding share, valuing the software maker at roughly twice its annual revenue.',
    'Critics say the new rules do too little to protect consumers, while industry groups argue they will make it harder for small firms to compete.',
    'It is not yet clear how much of the pledged money will actually be spent, or over what period, and officials declined to give further details.',
  ],
  fr: [
    'La société parisienne explique que ces fonds serviront à recruter des chercheurs et à louer davantage de puissance de calcul, alors qu’elle tente de suivre le rythme de concurrents bien plus grands.',
    'Les investisseurs ont injecté des sommes record dans l’intelligence artificielle cette année, même si certains analystes estiment que les valorisations n’ont plus grand-chose à voir avec le chiffre d’affaires réel.',
    'Le gouvernement assure que le plan créera des milliers d’emplois, mais l’opposition s’interroge sur l’origine de l’électricité nécessaire aux nouveaux centres de données.',
    'Les habitants ont été priés de rester chez eux mardi soir après un incendie dans une usine chimique située à la sortie de la ville, dont la fumée a envahi les rues voisines.',
    'La banque centrale a maintenu ses taux directeurs inchangés pour la quatrième réunion consécutive, jugeant qu’il fallait attendre des signes plus nets d’un retour de l’inflation vers sa cible.',
    'L’action du fabricant de puces a bondi dès l’ouverture après la publication de ventes trimestrielles bien supérieures aux attentes, portées par la demande des fournisseurs de cloud.',
    'Elle a rejoint l’entreprise comme ingénieure en 2015 et a gravi rapidement les échelons, jusqu’à devenir directrice technique avant ses trente ans.',
    'Le musée, qui a rouvert le mois dernier après de longs travaux, a déjà accueilli plus de visiteurs que pendant toute l’année précédente.',
    'Selon les termes de l’accord, l’acquéreur paiera chaque action en numéraire, ce qui valorise l’éditeur de logiciels à environ deux fois son chiffre d’affaires annuel.',
    'Les critiques estiment que les nouvelles règles protègent trop peu les consommateurs, tandis que les organisations professionnelles redoutent qu’elles pénalisent les petites entreprises.',
    'On ne sait pas encore quelle part des sommes promises sera réellement dépensée, ni sur quelle durée, et le ministère n’a pas souhaité donner plus de détails.',
  ],
  de: [
    'Das Pariser Unternehmen will mit dem frischen Geld vor allem Forscher einstellen und mehr Rechenleistung anmieten, um mit den viel größeren Konkurrenten aus den USA mithalten zu können.',
    'Investoren haben in diesem Jahr Rekordsummen in künstliche Intelligenz gesteckt, obwohl manche Analysten warnen, dass die Bewertungen kaum noch etwas mit den tatsächlichen Umsätzen zu tun haben.',
    'Die Regierung verspricht Tausende neue Arbeitsplätze, doch die Opposition fragt, woher der Strom für die geplanten Rechenzentren kommen soll.',
    'Die Anwohner wurden am Dienstagabend aufgefordert, in ihren Wohnungen zu bleiben, nachdem in einem Chemiewerk am Stadtrand ein Feuer ausgebrochen war.',
    'Die Zentralbank hat die Leitzinsen zum vierten Mal in Folge nicht verändert und will erst deutlichere Signale sehen, dass die Inflation wieder in Richtung ihres Ziels sinkt.',
    'Die Aktie des Chipherstellers legte zu Handelsbeginn kräftig zu, nachdem das Unternehmen deutlich höhere Quartalsumsätze gemeldet hatte als erwartet.',
    'Sie kam 2015 als Ingenieurin zu der Firma und stieg schnell auf, bis sie noch vor ihrem dreißigsten Geburtstag die technische Leitung übernahm.',
    'Das Museum, das nach langer Renovierung im vergangenen Monat wieder geöffnet hat, zählte bereits mehr Besucher als im gesamten Vorjahr.',
    'Nach den Bedingungen der Vereinbarung zahlt der Käufer für jede ausstehende Aktie in bar, womit der Softwarehersteller mit etwa dem Doppelten seines Jahresumsatzes bewertet wird.',
    'Kritiker bemängeln, die neuen Regeln schützten Verbraucher zu wenig, während Branchenverbände fürchten, dass kleine Firmen es schwerer haben werden.',
    'Noch ist unklar, wie viel des zugesagten Geldes tatsächlich ausgegeben wird und über welchen Zeitraum, und das Ministerium wollte keine weiteren Angaben machen.',
  ],
  es: [
    'La empresa con sede en París explicó que utilizará el dinero para contratar investigadores y alquilar más capacidad de cálculo, en su carrera por no quedarse atrás frente a rivales mucho mayores.',
    'Los inversores han destinado cifras récord a la inteligencia artificial este año, aunque algunos analistas advierten de que las valoraciones apenas guardan relación con los ingresos reales.',
    'El Gobierno asegura que el plan creará miles de empleos, pero la oposición se pregunta de dónde saldrá la electricidad para los nuevos centros de datos.',
    'Los vecinos recibieron la orden de permanecer en sus casas el martes por la noche después de que se declarara un incendio en una planta química a las afueras de la ciudad.',
    'El banco central mantuvo los tipos de interés sin cambios por cuarta reunión consecutiva y dijo que quiere ver señales más claras de que la inflación vuelve a su objetivo.',
    'Las acciones del fabricante de chips subieron con fuerza en la apertura después de que la compañía presentara unas ventas trimestrales muy por encima de lo esperado.',
    'Entró en la empresa como ingeniera en 2015 y ascendió con rapidez hasta convertirse en directora de tecnología antes de cumplir los treinta años.',
    'El museo, que reabrió el mes pasado tras una larga reforma, ya ha recibido más visitantes que en todo el año anterior.',
    'Según los términos del acuerdo, el comprador pagará en efectivo por cada acción en circulación, lo que valora a la empresa de software en unas dos veces sus ingresos anuales.',
    'Los críticos sostienen que las nuevas normas protegen poco a los consumidores, mientras que las patronales temen que perjudiquen a las pequeñas empresas.',
    'Todavía no está claro qué parte del dinero prometido se gastará realmente ni en qué plazo, y el ministerio no quiso dar más detalles.',
  ],
  it: [
    'La società con sede a Parigi ha spiegato che userà il denaro per assumere ricercatori e affittare più potenza di calcolo, nel tentativo di tenere il passo con concorrenti molto più grandi.',
    'Gli investitori hanno destinato somme record all’intelligenza artificiale quest’anno, anche se alcuni analisti avvertono che le valutazioni hanno ormai poco a che vedere con i ricavi reali.',
    'Il governo sostiene che il piano creerà migliaia di posti di lavoro, ma l’opposizione si chiede da dove arriverà l’elettricità per i nuovi data center.',
    'Ai residenti è stato chiesto di restare in casa martedì sera dopo che un incendio è scoppiato in uno stabilimento chimico alla periferia della città.',
    'La banca centrale ha lasciato invariati i tassi per la quarta riunione consecutiva, spiegando di voler vedere segnali più chiari di un ritorno dell’inflazione verso l’obiettivo.',
    'Le azioni del produttore di chip sono salite con decisione in apertura dopo che la società ha comunicato vendite trimestrali ben superiori alle attese.',
    'È entrata in azienda come ingegnera nel 2015 ed è salita rapidamente fino a diventare direttrice tecnica prima dei trent’anni.',
    'Il museo, che ha riaperto il mese scorso dopo un lungo restauro, ha già accolto più visitatori che in tutto l’anno precedente.',
    'In base ai termini dell’accordo, l’acquirente pagherà in contanti ogni azione in circolazione, valutando la società di software circa il doppio dei suoi ricavi annui.',
    'I critici sostengono che le nuove regole tutelano poco i consumatori, mentre le associazioni di categoria temono che penalizzino le piccole imprese.',
    'Non è ancora chiaro quanta parte dei fondi promessi verrà effettivamente spesa, né in quali tempi, e il ministero non ha voluto fornire altri dettagli.',
  ],
};

// Other languages: the extension must stay silent on them.
const FOREIGN_PARAGRAPHS: Record<string, string> = {
  nl: 'Het Franse bedrijf zegt dat het nieuwe geld vooral wordt gebruikt om onderzoekers aan te nemen en meer rekenkracht te huren, omdat het de concurrentie met veel grotere Amerikaanse bedrijven wil volhouden.',
  pt: 'A empresa francesa afirmou que o novo dinheiro será usado sobretudo para contratar pesquisadores e alugar mais capacidade de computação, já que tenta acompanhar concorrentes americanos muito maiores.',
  ptBr: 'Os investidores colocaram valores recordes em inteligência artificial neste ano, embora alguns analistas alertem que as avaliações não têm quase nenhuma relação com a receita real das empresas.',
  ca: 'L’empresa francesa ha explicat que farà servir els diners sobretot per contractar investigadors i llogar més capacitat de càlcul, perquè vol mantenir el ritme dels competidors nord-americans, molt més grans.',
  sv: 'Det franska företaget säger att de nya pengarna främst ska användas till att anställa forskare och hyra mer datorkraft, eftersom det vill hänga med de mycket större amerikanska konkurrenterna.',
  pl: 'Francuska firma poinformowała, że nowe pieniądze przeznaczy głównie na zatrudnienie badaczy i wynajem większej mocy obliczeniowej, bo chce dotrzymać kroku znacznie większym amerykańskim rywalom.',
  ro: 'Compania franceză a anunțat că noii bani vor fi folosiți mai ales pentru angajarea de cercetători și pentru închirierea unei puteri de calcul mai mari, ca să țină pasul cu rivalii americani.',
  ja: 'フランスの新興企業は、調達した資金を研究者の採用と計算資源の確保に充てると発表した。米国の大手企業との競争が激しさを増している。',
  ru: 'Французская компания заявила, что новые деньги будут потрачены прежде всего на наем исследователей и аренду вычислительных мощностей, чтобы не отстать от крупных американских конкурентов.',
  zh: '这家法国初创公司表示，新资金将主要用于招聘研究人员和租用更多算力，以便跟上规模大得多的美国竞争对手。',
  ar: 'قالت الشركة الفرنسية إن الأموال الجديدة ستستخدم أساسا لتوظيف باحثين واستئجار مزيد من القدرة الحاسوبية لمواكبة المنافسين الأمريكيين.',
};

describe('detectLanguage on headlines (text only)', () => {
  for (const lang of LANGS) {
    it(`recognises most ${lang} headlines`, () => {
      const headlines = HEADLINES[lang];
      expect(headlines.length).toBeGreaterThanOrEqual(20);
      const misses = headlines.filter((headline) => detectLanguage(headline) !== lang);
      // Headlines are short and full of names: a few misses are tolerated, and listed when too many.
      expect(misses.length, `misread ${lang} headlines:\n${misses.join('\n')}`).toBeLessThanOrEqual(2);
    });
  }
});

// Known failures, kept visible: each test passes only while the headline is still misread.
describe('detectLanguage: known headline failures', () => {
  it.fails('de: a headline of compound nouns without any stop word', () => {
    expect(detectLanguage('Kinokette meldet Insolvenz an')).toBe('de');
  });
});

describe('detectLanguage on paragraphs (text only)', () => {
  for (const lang of LANGS) {
    for (const paragraph of PARAGRAPHS[lang]) {
      it(`${lang}: ${paragraph.slice(0, 50)}…`, () => {
        expect(detectLanguage(paragraph)).toBe(lang);
        expect(isSupportedLang(paragraph)).toBe(true);
      });
    }
  }
});

describe('detectLanguage with page hints', () => {
  const frenchHeadline = 'Mistral AI boucle une levée de fonds de 600 millions d’euros';
  const englishArticle = PARAGRAPHS.en.slice(0, 3).join('\n');

  it('takes the declared language, whatever its form', () => {
    expect(detectLanguage(frenchHeadline, { declaredLangs: ['fr-FR'] })).toBe('fr');
    expect(detectLanguage('Nvidia übertrifft die Erwartungen', { declaredLangs: ['de_DE'] })).toBe('de');
    expect(detectLanguage(PARAGRAPHS.es[0] ?? '', { declaredLangs: ['ES'] })).toBe('es');
  });

  it('trusts the page on text too short or ambiguous to tell', () => {
    expect(detectLanguage('Mistral AI', { declaredLangs: ['it-IT'] })).toBe('it');
    expect(detectLanguage('OpenAI, SoftBank, Nvidia', { declaredLangs: ['de'] })).toBe('de');
    expect(detectLanguage('', { declaredLangs: ['fr'] })).toBe('fr');
  });

  it('lets the text win when it clearly contradicts the declared language', () => {
    expect(detectLanguage(englishArticle, { declaredLangs: ['de'] })).toBe('en');
    expect(detectLanguage(PARAGRAPHS.fr.join('\n'), { declaredLangs: ['en-US'] })).toBe('fr');
    expect(detectLanguage(PARAGRAPHS.it[1] ?? '', { declaredLangs: ['es'] })).toBe('it');
  });

  it('uses the browser’s detection when the page declares nothing usable', () => {
    expect(detectLanguage('Mistral AI', { detectedLang: 'es' })).toBe('es');
    expect(detectLanguage('Mistral AI', { declaredLangs: ['nl-NL'], detectedLang: 'fr' })).toBe('fr');
    expect(detectLanguage('Mistral AI', { detectedLang: 'und' })).toBe('en');
  });

  it('lets the text choose between page signals that disagree', () => {
    const german = PARAGRAPHS.de[2] ?? '';
    expect(detectLanguage(german, { declaredLangs: ['en'], detectedLang: 'de' })).toBe('de');
    expect(detectLanguage(german, { declaredLangs: ['en', 'de-AT'] })).toBe('de');
  });

  it('reads an article in a supported language on a site that declares another one', () => {
    expect(detectLanguage(englishArticle, { declaredLangs: ['nl'] })).toBe('en');
    expect(isSupportedLang(englishArticle, { declaredLangs: ['nl'] })).toBe(true);
  });

  it('falls back to English when nothing says anything', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('2025 — 40 000 000 000 $')).toBe('en');
  });
});

describe('isSupportedLang', () => {
  for (const [code, paragraph] of Object.entries(FOREIGN_PARAGRAPHS)) {
    it(`is false for a ${code} paragraph, with or without a page declaring a supported language`, () => {
      expect(isSupportedLang(paragraph)).toBe(false);
      expect(isSupportedLang(paragraph, { declaredLangs: ['en'] })).toBe(false);
    });
  }

  it('is false on short text when the page declares only other languages', () => {
    expect(isSupportedLang('Mistral AI', { declaredLangs: ['pt-BR'] })).toBe(false);
    expect(isSupportedLang('OpenAI', { declaredLangs: ['nl'], detectedLang: 'nl' })).toBe(false);
    expect(isSupportedLang('OpenAI', { detectedLang: 'ja' })).toBe(false);
  });

  it('is true on short text when the page declares a supported language', () => {
    expect(isSupportedLang('Mistral AI', { declaredLangs: ['fr-FR'] })).toBe(true);
    expect(isSupportedLang('OpenAI', { detectedLang: 'de' })).toBe(true);
  });

  it('is true for supported headlines without any hint', () => {
    for (const lang of LANGS) {
      const headline = HEADLINES[lang][0] ?? '';
      expect(isSupportedLang(headline), headline).toBe(true);
    }
  });

  it('is false for empty text without hints', () => {
    expect(isSupportedLang('')).toBe(false);
  });
});

describe('languageScores', () => {
  it('gives the highest share to the language of the text', () => {
    for (const lang of LANGS) {
      const scores = languageScores(PARAGRAPHS[lang][0] ?? '');
      const best = LANGS.reduce((a, b) => (scores[b] > scores[a] ? b : a));
      expect(best).toBe(lang);
    }
  });

  it('returns shares that stay between 0 and 1 and sum to at most 1', () => {
    for (const text of [PARAGRAPHS.de[0] ?? '', FOREIGN_PARAGRAPHS.nl ?? '', 'OpenAI', '']) {
      const scores = languageScores(text);
      const values = LANGS.map((lang) => scores[lang]);
      for (const value of values) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      expect(values.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('leaves most of the evidence outside the five languages for a foreign text', () => {
    const scores = languageScores(FOREIGN_PARAGRAPHS.pt ?? '');
    const total = LANGS.reduce((sum, lang) => sum + scores[lang], 0);
    expect(total).toBeLessThan(0.5);
  });

  it('is all zero for text without words', () => {
    expect(Object.values(languageScores('123 456 — !!!'))).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('real news pages (shared/pages)', () => {
  const shared = requireSharedDir();
  const manifest = JSON.parse(readFileSync(join(shared, 'pages', 'manifest.json'), 'utf8')) as {
    file: string;
    lang: string;
  }[];

  it('covers pages in several languages', () => {
    expect(new Set(manifest.map((page) => page.lang)).size).toBeGreaterThanOrEqual(4);
  });

  for (const page of manifest) {
    it(`reads ${page.file} as ${page.lang} from its paragraphs alone`, () => {
      const { document } = parseHTML(readFileSync(join(shared, 'pages', page.file), 'utf8'));
      const text = [...document.querySelectorAll('p')]
        .map((paragraph) => (paragraph.textContent ?? '').trim())
        .filter((paragraph) => paragraph.length > 40)
        .join('\n');
      expect(text.length).toBeGreaterThan(500);
      expect(detectLanguage(text)).toBe(page.lang);
      expect(isSupportedLang(text)).toBe(true);
    });
  }
});
