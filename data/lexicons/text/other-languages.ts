import type { LanguageProfile } from './text-lexicon';

/**
 * Latin-script languages the extension does not read. The detector knows them only so that it can tell
 * "Dutch" from "bad German" and stay silent: without them, a Portuguese page would simply score as Spanish.
 * Non-Latin scripts (Japanese, Russian, Arabic…) are recognised by their letters and need no entry.
 * When one of these becomes an article language, its entry moves to its own lexicon file.
 */
export const OTHER_LANGUAGES: Record<string, LanguageProfile> = {
  nl: {
    stopWords: [
      'de', 'het', 'een', 'en', 'van', 'in', 'op', 'te', 'dat', 'die', 'is', 'niet', 'met', 'voor', 'zijn',
      'er', 'aan', 'ook', 'als', 'bij', 'om', 'maar', 'nog', 'wordt', 'worden', 'werd', 'naar', 'uit', 'dan',
      'door', 'over', 'hij', 'zij', 'ze', 'wij', 'we', 'je', 'ik', 'hun', 'haar', 'deze', 'dit', 'wat',
      'wie', 'waar', 'hoe', 'waarom', 'heeft', 'hebben', 'had', 'kan', 'kunnen', 'zou', 'moet', 'meer',
      'veel', 'geen', 'tot', 'onder', 'tegen', 'jaar', 'miljard', 'miljoen', 'volgens', 'nieuwe', 'bedrijf',
      'nu', 'al', 'wel', 'zo', 'zegt', 'omdat', 'wanneer', 'tussen', 'na', 'ons', 'onze', 'hoeveel',
    ],
    letters: 'ĳ',
    wordEndings: ['ijk', 'lijk', 'lijke', 'heid', 'aar', 'oor', 'ijn', 'eeft', 'uur', 'oen', 'ieuw', 'aak', 'ouw', 'cht', 'ee', 'aa', 'oo', 'uu', 'ij'],
  },
  pt: {
    stopWords: [
      'o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas',
      'ao', 'aos', 'à', 'às', 'e', 'ou', 'mas', 'que', 'para', 'com', 'por', 'pelo', 'pela', 'pelos',
      'pelas', 'não', 'se', 'seu', 'sua', 'seus', 'suas', 'ele', 'ela', 'eles', 'elas', 'isso', 'isto',
      'este', 'esta', 'esse', 'essa', 'mais', 'muito', 'também', 'já', 'ainda', 'foi', 'são', 'é', 'está',
      'estão', 'ser', 'ter', 'tem', 'têm', 'há', 'como', 'quando', 'onde', 'quem', 'porque', 'sobre',
      'entre', 'até', 'após', 'sem', 'bilhões', 'bilhão', 'milhões', 'milhão', 'reais', 'empresa', 'governo',
      'novo', 'nova', 'anos', 'ano', 'país', 'segundo', 'disse', 'pode', 'podem', 'vai', 'vão', 'nem',
      'lhe', 'nós', 'você', 'vocês', 'depois', 'antes', 'cada', 'outro', 'outra', 'todos', 'todas',
    ],
    letters: 'ãõçâêôáéíóú',
    wordEndings: ['ção', 'ções', 'ões', 'ão', 'ãos', 'ães', 'nho', 'nha', 'lho', 'lha', 'mente', 'dade', 'agem', 'eiro', 'eira'],
  },
  ca: {
    stopWords: [
      'el', 'la', 'els', 'les', 'un', 'una', 'de', 'del', 'dels', 'i', 'o', 'però', 'que', 'per', 'amb',
      'en', 'als', 'al', 'és', 'són', 'va', 'van', 'ha', 'han', 'no', 'més', 'també', 'aquest', 'aquesta',
      'aquests', 'aquestes', 'seu', 'seva', 'seus', 'seves', 'hi', 'ho', 'ens', 'us', 'nosaltres', 'ells',
      'elles', 'quan', 'on', 'com', 'perquè', 'sobre', 'entre', 'fins', 'després', 'abans', 'milions',
      'milers', 'govern', 'empresa', 'nou', 'nova', 'anys', 'any', 'país', 'segons', 'tot', 'tots',
      'totes', 'molt', 'encara', 'ja', 'pot', 'poden', 'fer', 'dir', 'mateix', 'mateixa', 'cap', 'gairebé',
    ],
    letters: 'àèéíïòóúüç·',
    wordEndings: ['ció', 'cions', 'ment', 'itat', 'iu', 'eu', 'ava', 'aven', 'ots', 'ets', 'ats'],
  },
  ro: {
    stopWords: [
      'și', 'în', 'de', 'la', 'cu', 'pe', 'pentru', 'din', 'care', 'este', 'sunt', 'a', 'al', 'ale', 'un',
      'o', 'mai', 'nu', 'se', 'că', 'ce', 'sau', 'dar', 'fost', 'au', 'va', 'vor', 'acest', 'această',
      'după', 'până', 'între', 'prin', 'despre', 'foarte', 'miliarde', 'milioane', 'lei', 'anul', 'ani',
      'companie', 'guvernul', 'spus', 'fi', 'acum', 'iar', 'doar', 'încă', 'deja', 'lor', 'său', 'sa',
    ],
    letters: 'ăâîșțş',
    wordEndings: ['ului', 'ilor', 'ția', 'ție', 'ească', 'ește', 'ează', 'ate', 'ul', 'lor'],
  },
  sv: {
    stopWords: [
      'och', 'att', 'det', 'som', 'en', 'ett', 'är', 'på', 'av', 'för', 'med', 'till', 'den', 'de', 'inte',
      'har', 'om', 'var', 'jag', 'vi', 'han', 'hon', 'sig', 'men', 'kan', 'ska', 'skulle', 'från', 'eller',
      'när', 'också', 'efter', 'mot', 'under', 'över', 'vid', 'detta', 'dessa', 'sin', 'sina', 'sitt',
      'miljarder', 'miljoner', 'kronor', 'år', 'företaget', 'regeringen', 'enligt', 'nya', 'mer', 'hade',
      'blir', 'blev', 'vara', 'bara', 'många', 'sedan', 'utan', 'hur', 'vad', 'varför', 'vem', 'där',
    ],
    letters: 'åäö',
    wordEndings: ['ning', 'ningen', 'het', 'heten', 'arna', 'erna', 'orna', 'ligt', 'iga', 'ade', 'ande'],
  },
  da: {
    stopWords: [
      'og', 'i', 'at', 'det', 'er', 'en', 'et', 'til', 'af', 'på', 'for', 'med', 'den', 'de', 'som', 'ikke',
      'har', 'var', 'jeg', 'vi', 'han', 'hun', 'sig', 'men', 'kan', 'skal', 'vil', 'fra', 'eller', 'når',
      'også', 'efter', 'mod', 'under', 'over', 'ved', 'dette', 'disse', 'sin', 'sine', 'sit', 'milliarder',
      'millioner', 'kroner', 'år', 'virksomheden', 'regeringen', 'ifølge', 'nye', 'mere', 'havde', 'bliver',
      'blev', 'være', 'kun', 'mange', 'siden', 'uden', 'hvordan', 'hvad', 'hvorfor', 'hvem', 'hvor', 'ud',
    ],
    letters: 'æøå',
    wordEndings: ['ning', 'ningen', 'hed', 'heden', 'erne', 'ende', 'lige', 'ige', 'ede', 'else'],
  },
  no: {
    stopWords: [
      'og', 'i', 'å', 'det', 'er', 'en', 'et', 'til', 'av', 'på', 'for', 'med', 'den', 'de', 'som', 'ikke',
      'har', 'var', 'jeg', 'vi', 'han', 'hun', 'seg', 'men', 'kan', 'skal', 'vil', 'fra', 'eller', 'når',
      'også', 'etter', 'mot', 'under', 'over', 'ved', 'dette', 'disse', 'sin', 'sine', 'sitt', 'milliarder',
      'millioner', 'kroner', 'år', 'selskapet', 'regjeringen', 'ifølge', 'nye', 'mer', 'hadde', 'blir',
      'ble', 'være', 'bare', 'mange', 'siden', 'uten', 'hvordan', 'hva', 'hvorfor', 'hvem', 'hvor', 'ut',
    ],
    letters: 'æøå',
    wordEndings: ['ning', 'ningen', 'het', 'heten', 'ene', 'ende', 'lige', 'ige', 'ete', 'else'],
  },
  pl: {
    stopWords: [
      'i', 'w', 'z', 'na', 'do', 'nie', 'się', 'jest', 'że', 'to', 'o', 'od', 'po', 'za', 'jak', 'ale',
      'co', 'czy', 'przez', 'dla', 'tak', 'jego', 'jej', 'ich', 'tym', 'ten', 'ta', 'te', 'są', 'był',
      'była', 'było', 'będzie', 'może', 'już', 'tylko', 'także', 'również', 'oraz', 'lub', 'który', 'która',
      'które', 'mld', 'mln', 'zł', 'roku', 'lat', 'firma', 'rząd', 'według', 'nowy', 'nowa', 'bardzo', 'ze',
    ],
    letters: 'ąćęłńóśźż',
    wordEndings: ['ów', 'ego', 'iej', 'ych', 'ymi', 'ami', 'ość', 'anie', 'enie', 'ski', 'ska', 'czy', 'rz', 'sz', 'cz'],
  },
  cs: {
    stopWords: [
      'a', 'v', 'se', 'na', 'je', 'že', 'to', 's', 'z', 'do', 'o', 'k', 'i', 'jako', 'ale', 'by', 'pro',
      'za', 'po', 'od', 'jsou', 'byl', 'byla', 'bylo', 'být', 'má', 'mají', 'jeho', 'její', 'jejich', 'tak',
      'také', 'už', 'jen', 'nebo', 'který', 'která', 'které', 'což', 'miliard', 'milionů', 'korun', 'roce',
      'let', 'firma', 'vláda', 'podle', 'nový', 'nová', 'velmi', 've', 'při', 'před', 'mezi',
    ],
    letters: 'áčďéěíňóřšťúůýž',
    wordEndings: ['ých', 'ými', 'ého', 'ost', 'ání', 'ení', 'ský', 'ská', 'ové', 'ují'],
  },
  tr: {
    stopWords: [
      've', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'en', 'ne', 'o', 'ama',
      'ancak', 'sonra', 'kadar', 'olan', 'oldu', 'olduğu', 'var', 'yok', 'değil', 'her', 'şu', 'milyar',
      'milyon', 'dolar', 'lira', 'yıl', 'şirket', 'hükümet', 'göre', 'yeni', 'ise', 'ki', 'mi', 'mı',
    ],
    letters: 'ğıışçöüİ',
    wordEndings: ['ları', 'leri', 'lar', 'ler', 'ında', 'inde', 'ması', 'mesi', 'yor', 'dır', 'dir'],
  },
  id: {
    stopWords: [
      'dan', 'yang', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'pada', 'adalah', 'dalam',
      'tidak', 'akan', 'juga', 'oleh', 'sebagai', 'atau', 'karena', 'sudah', 'telah', 'bisa', 'dapat',
      'mereka', 'kami', 'kita', 'saya', 'ia', 'dia', 'lebih', 'tahun', 'miliar', 'juta', 'perusahaan',
      'pemerintah', 'menurut', 'baru', 'ada', 'seperti', 'namun', 'tersebut', 'bahwa',
    ],
    letters: '',
    wordEndings: ['kan', 'nya', 'ang', 'an'],
  },
  hu: {
    stopWords: [
      'a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'meg', 'van', 'volt', 'csak', 'már', 'még', 'de', 'ki',
      'mint', 'vagy', 'ez', 'azt', 'el', 'fel', 'le', 'be', 'után', 'szerint', 'milliárd', 'millió',
      'forint', 'évben', 'cég', 'kormány', 'új', 'nagy', 'lesz', 'kell', 'pedig', 'amely', 'ami', 'aki',
    ],
    letters: 'őűáéíóöúü',
    wordEndings: ['nak', 'nek', 'ban', 'ben', 'ból', 'ből', 'ság', 'ség', 'tak', 'tek', 'ott', 'ett'],
  },
  fi: {
    stopWords: [
      'ja', 'on', 'ei', 'se', 'että', 'oli', 'ovat', 'mutta', 'kun', 'tai', 'myös', 'kuin', 'jo', 'vain',
      'hän', 'he', 'me', 'te', 'sen', 'niin', 'nyt', 'tämä', 'joka', 'jotka', 'mukaan', 'vuonna', 'miljardia',
      'miljoonaa', 'euroa', 'yhtiö', 'hallitus', 'uusi', 'sekä', 'ole', 'olla', 'voi', 'pitää',
    ],
    letters: 'äö',
    wordEndings: ['ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'iin', 'nen', 'inen', 'isen', 'ksi'],
  },
};
