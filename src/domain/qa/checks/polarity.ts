import { blank, fold, lazy, sentenceUnits } from '../lib';
import { scales } from '../scales';
import type { Issue, PairRunner, Span } from '../types';
import { frenchNegations } from './negation';

/**
 * The opposite meaning: “Les prix sont repartis à la hausse” → “Prices started falling again”,
 * “a autorisé” → “has banned”. Each axis has two sides; a side is its French words, the English
 * words that say it for sure (`strong`: what the other side reads as its opposite) and English
 * that may render it (`weak`: enough to be silent). A finding only when the French says one side
 * and not the other, the English the other side and nothing of the French one, neither negating
 * (“n’est pas autorisé” → “is banned” is right; the negation check reads negations) — but for
 * persons (tenant/landlord, victim/defendant, majority/minority), which no negation turns round,
 * and for comparisons, whose `than` hedges nothing.
 */
interface Side {
  french: RegExp;
  strong: RegExp;
  weak?: RegExp;
}
interface Axis {
  name: string;
  /** A comparison reads `than` as its own (“30 % more than”), no hedge of the English. */
  comparative?: boolean;
  /** A `than`, `instead` or `unless` of the English does not hedge it (“once employed … more than”), only a negation. */
  plain?: boolean;
  /** Persons, no predicate: a negation does not turn a tenant into a landlord, so one does not hedge them. */
  persons?: boolean;
  /** Phrases that carry their own negation (`pas avant`, `no earlier than`): both texts read whole, negated clauses and all. */
  negatedPhrases?: boolean;
  /** A side that says both directions (a change, up or down): its words explain no other axis's opposite. */
  generic?: boolean;
  sides: readonly [Side, Side];
}

/** A French word starting a stem: not inside another word. */
const fr = (stems: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${stems})`, 'iu');
/** English words, whole. */
const en = (words: string): RegExp => new RegExp(`\\b(?:${words})\\b`, 'iu');

const axes = lazy((): readonly Axis[] => [
  {
    name: 'trend',
    sides: [
      {
        french: fr('hausses?(?![\\p{L}])|augment|progress|grimp|envol|croissance|accroi|flamb|bondi|bondir|bondiss'),
        // `up` as a rise (“up 4%”, “prices are up”), not in “shut up shop”, “set up”.
        strong: /\b(?:rise|rises|rose|risen|rising|increas\w*|climb\w*|grow|grows|grew|grown|growing|growth|soar\w*|surg\w*|jump\w*|upward\w*|higher|hike\w*)\b|\bup\s+(?:by\s+)?[\d£$€]|[\d%]\s+up\b|\b(?:is|are|was|were|been|went|gone|goes|edged|ticked|shot|crept)\s+up\b/iu,
        weak: en('up|gain\\w*|rais\\w*|boost\\w*|more|record|peak\\w*|spik\\w*|expan\\w*|add\\w*|extra|greater|larger|bigger|high|top\\w*|swell\\w*|mount\\w*|step\\w* up|improv\\w*|strengthen\\w*|double\\w*|tripl\\w*|multipl\\w*|accelerat\\w*|over|above|exceed\\w*|progress\\w*|advanc\\w*|ris\\w*'),
      },
      {
        // “baisser le rideau” is to close shop, “baisser les bras” to give up.
        french: fr('(?:a)?baiss(?!\\p{L}*\\s+(?:le rideau|les bras|la garde|la tête|les yeux|le ton|pavillon))|recul(?!.{0,3}\\s*(?:de la|du)?\\s*temps)|chut|diminu|rédui|réduction|repli|effondr|dégringol|décroi|amoindri|ralenti'),
        strong: en('fall|falls|fell|fallen|falling|drop\\w*|declin\\w*|down|downward\\w*|decreas\\w*|lower\\w*|slump\\w*|plung\\w*|tumbl\\w*|shrink\\w*|shrank|shrunk|reduc\\w*'),
        weak: en('cut\\w*|slid\\w*|slip\\w*|dip\\w*|fewer|less|lost|loss\\w*|slow\\w*|eas\\w*|sank|sink\\w*|contract\\w*|diminish\\w*|retreat\\w*|back|below|under|low|weak\\w*|collaps\\w*|crash\\w*|lesser|smaller|minus|negative|deficit|trim\\w*|curb\\w*|limit\\w*|recession'),
      },
    ],
  },
  {
    name: 'permission',
    sides: [
      { french: fr('autoris'), strong: en('allow\\w*|authori[sz]\\w*|permit|permits|permitted|permitting|permission|legal\\w*'), weak: en('let|lets|approv\\w*|may|can|enabl\\w*|accept\\w*|welcom\\w*|go-ahead|green light|clear\\w*') },
      { french: fr('interdi|prohib|proscri'), strong: en('ban|bans|banned|banning|forbid\\w*|forbade|prohibit\\w*|outlaw\\w*|barred|illegal'), weak: en('bar|bars|no|not|closed|off-limits|restrict\\w*|block\\w*|may not|cannot|must not') },
    ],
  },
  {
    name: 'contest',
    sides: [
      { french: fr('gagn|victoire|vainqu|remport|l[’\']emport'), strong: en('win|wins|winning|won|winners?|victor\\w*|triumph\\w*'), weak: en('beat|beats|beating|earn\\w*|gain\\w*|secur\\w*|claim\\w*|take|took|taken|clinch\\w*|success\\w*|sav\\w*|top\\w*|defeat\\w*|edg\\w*|reach\\w*') },
      { french: fr('perd|défaite|pertes?(?![\\p{L}])'), strong: en('lose|loses|losing|lost|loss|losses|defeat\\w*|beaten'), weak: en('fail\\w*|miss\\w*|drop\\w*|down|cost\\w*|wast\\w*|shed\\w*|without|deficit|damage\\w*|declin\\w*|fall\\w*|fell') },
    ],
  },
  {
    name: 'opening',
    sides: [
      { french: fr('ouvr|ouvert|ouverture|rouvr|réouverture|inaugur'), strong: en('open|opens|opened|opening\\w*|reopen\\w*'), weak: en('launch\\w*|inaugurat\\w*|unveil\\w*|start\\w*|begin\\w*|began|begun|available|access\\w*|welcom\\w*|unlock\\w*|set\\w* up|creat\\w*|new') },
      {
        // “fermeront plus tard” is “will stay open later”.
        french: fr('(?:ferm(?!ement|ier|i[èe]re|es?(?![\\p{L}]))|fermetures?)(?!\\p{L}*\\s+plus\\s+(?:tard|tôt))'),
        strong: /\b(?:closes|closed|closing|closures?|shut\w*)\b|\bclose\b(?!\s+(?:to|by|friends?|ties|look|attention|range|call|relationship|links?|collaboration|cooperation|contact))/iu,
        weak: en('end\\w*|stop\\w*|suspend\\w*|halt\\w*|lock\\w*|seal\\w*|shutter\\w*|cease\\w*|wound up|wind\\w* up|clos\\w*'),
      },
    ],
  },
  {
    name: 'assent',
    sides: [
      { french: fr('accept|approuv|adopt|ratifi|entérin|autoris|accord(?:é|ée|és|ées|er|e|ent|ait)(?![\\p{L}])|fait droit|prête?s? à|ouverte?s? (?:à|aux)(?![\\p{L}])|disposée?s? à'), strong: en('accept\\w*|approv\\w*|adopt\\w*|ratif\\w*|endors\\w*|passed|grant(?:s|ed|ing)?|open to|willing to|ready to'), weak: en('agree\\w*|allow\\w*|welcom\\w*|take|took|taken|admit\\w*|embrac\\w*|back\\w*|in favou?r|green light|green-light|validat\\w*|confirm\\w*|sign\\w*|pass|passes|yes|support\\w*|carried|enact\\w*|vot\\w* (?:for|through)') },
      { french: fr('refus|rejet|rejeté|rejeter|rejett|repouss'), strong: en('refus\\w*|reject\\w*|turn\\w* down|vot\\w* down|veto\\w*|den(?:y|ies|ied)|dismiss\\w*'), weak: en('oppos\\w*|against|block\\w*|declin\\w*|no|not|never|n\'t|rebuff\\w*|spurn\\w*|postpon\\w*|defer\\w*|overturn\\w*|throw\\w* out|threw out|thrown out|deni\\w*') },
    ],
  },
  {
    name: 'obligation',
    sides: [
      { french: fr('obligatoire|obligé|exigé|imposé|requis'), strong: en('mandatory|compulsory|obligatory|required|requirement\\w*|must|obliged'), weak: en('have to|has to|need\\w*|necessary|essential|impos\\w*|enforc\\w*|demand\\w*|mandat\\w*') },
      { french: fr('facultati|optionnel|libre choix'), strong: en('optional|voluntary'), weak: en('choice|choose|free|may|can|up to|discretion\\w*|not required|extra') },
    ],
  },
  {
    name: 'continuation',
    sides: [
      { french: fr('mainten(?:ir|u|ue|us|ues|ons|ez)(?![\\p{L}])|maintien'), strong: en('maintain\\w*|keep|keeps|keeping|kept|retain\\w*|go ahead|goes ahead|going ahead|went ahead|uphold\\w*|upheld'), weak: en('proceed\\w*|continu\\w*|stay\\w*|remain\\w*|preserv\\w*|sustain\\w*|hold|holds|held|stick\\w*|still|confirm\\w*|spar\\w*') },
      { french: fr('annul|supprim|suppression'), strong: en('cancel\\w*|scrap\\w*|call\\w* off|axed|abolish\\w*|abolition'), weak: en('drop\\w*|remov\\w*|delet\\w*|eliminat\\w*|cut\\w*|end\\w*|withdr\\w*|revok\\w*|annul\\w*|void\\w*|abandon\\w*|off|suppress\\w*|lift\\w*|do\\w* away|did away') },
    ],
  },
  {
    name: 'service',
    sides: [
      { french: fr('rétabli|repri(?:s|se|ses)(?![\\p{L}])|reprend'), strong: en('restor\\w*|resum\\w*|reinstat\\w*|re-establish\\w*|reestablish\\w*'), weak: en('back|return\\w*|reopen\\w*|recover\\w*|normal\\w*|repair\\w*|reconnect\\w*|resto\\w*|fix\\w*|up and running') },
      { french: fr('suspen|interromp|interrompu|coupée?s?(?![\\p{L}])|coupure|arrêt|paralys|bloqu'), strong: en('suspend\\w*|suspension|interrupt\\w*|halt\\w*|disrupt\\w*|cut off'), weak: en('stop\\w*|cut|cuts|outage\\w*|off|pause\\w*|break\\w*|down|clos\\w*|shut\\w*') },
    ],
  },
  {
    name: 'avowal',
    sides: [
      { french: fr('ni(?:é|ée|és|ées|er|e|ent|ait|aient|ant)(?![\\p{L}])|dément|démenti|contest'), strong: en('den(?:y|ies|ied|ying|ial)|refut\\w*|disput\\w*|contest\\w*'), weak: en('reject\\w*|dismiss\\w*|reject\\w*|rebut\\w*|challeng\\w*|oppos\\w*|no|not|never|n\'t|innocen\\w*|insist\\w*') },
      { french: fr('avou|reconn|admis|admet|confess'), strong: en('admit\\w*|admission|confess\\w*|acknowledg\\w*|own\\w* up'), weak: en('recogni[sz]\\w*|accept\\w*|concede\\w*|conced\\w*|agree\\w*|plead\\w* guilty') },
    ],
  },
  {
    name: 'vote',
    sides: [
      { french: fr('(?:vot\\p{L}*|se prononc\\p{L}*|prononcée?s?|mobilisée?s?|manifest\\p{L}*)\\s+contre'), strong: en('against|opposed|oppose|opposing'), weak: en('no|reject\\w*|vot\\w* down|block\\w*|object\\w*|protest\\w*|veto\\w*') },
      { french: fr('(?:vot\\p{L}*|se prononc\\p{L}*|prononcée?s?)\\s+(?:pour|en faveur)'), strong: /\b(?:vot\w*\s+(?:for|in\s+favou?r)|in\s+favou?r)\b/iu, weak: en('back\\w*|support\\w*|approv\\w*|endors\\w*|yes|for') },
    ],
  },
  {
    name: 'inclusion',
    sides: [
      { french: fr('y compris|compris(?:e|es)?(?![\\p{L}])|inclu(?:s|se|ses)(?![\\p{L}])'), strong: en('includ\\w*'), weak: en('also|even|as well|among|along with|incl') },
      { french: fr('sauf(?![\\p{L}])|hormis|excepté|à l[’\']exception|à part(?![\\p{L}])'), strong: en('except\\w*|excluding|apart from|other than|aside from|but not|barring'), weak: en('but|besides|save|without|not|only|outside|beyond|unless|bar|no') },
    ],
  },
  {
    name: 'condition',
    sides: [
      { french: fr('stable(?![\\p{L}])|stables(?![\\p{L}])|stabilis|inchangé'), strong: en('stable|steady|unchanged|stabili[sz]\\w*'), weak: en('steadi\\w*|flat|held|hold\\w*|constant|same|level|firm|even|good|satisfactory|fine|calm|secure') },
      { french: fr('critique(?![\\p{L}])|grave(?![\\p{L}])|graves(?![\\p{L}])|dégrad|aggrav|préoccupant'), strong: en('critical|serious|deteriorat\\w*|worsen\\w*|grave'), weak: en('bad|poor|severe\\w*|danger\\w*|life-threatening|worse|alarm\\w*|concern\\w*|worr\\w*|crisis|key|crucial|vital|decisive|pivotal|critic\\w*|major|degrad\\w*|aggravat\\w*|escalat\\w*|intensif\\w*|acute|heavy|heavily|badly|severity|significant\\w*') },
    ],
  },
  {
    name: 'timing',
    sides: [
      // `d’après` is “according to”; `avant-première`, `après-midi` are words of their own.
      { french: /(?<![\p{L}’'-])(?<!en\s)avant(?![\p{L}-])/iu, strong: en('before|beforehand|prior to|ahead of'), weak: /\bby\s+(?:the\s+)?(?:\d|end|start|beginning|mid|middle|close|next|this|that|then|now|today|tomorrow|tonight|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|fall|winter|year|midnight|noon|christmas|easter|new\s+year|holidays?|weekend|deadline|election|date|time|season|term|week|month|day|evening|morning|night|first|second|third|last|\w+\s+(?:at\s+the\s+)?latest)|\b(?:until|till|earlier|previous\w*|first|then|pre-?\w*|in advance|advance|up to|deadline|no later|ahead|ago|once|prior|leading up)\b/iu },
      { french: /(?<![\p{L}’'-])après(?![\p{L}-])/iu, strong: en('after|afterwards|subsequently'), weak: en('following|later|since|then|once|post-?\\w*|when|next|upon|on|from|behind|in the wake') },
    ],
  },
  {
    name: 'share',
    persons: true,
    sides: [
      // `moins de la moitié` is a minority, `plus de la moitié` a majority (“More than half of voters” for the first is the other side).
      { french: fr('majorit|plus de la moitié|plus des deux tiers|plus des trois quarts'), strong: en('majority|majorities|most|more than half|over half|more than two-thirds|more than three-quarters'), weak: en('bulk|largely|many|much|mostly|main\\w*|large') },
      { french: fr('minorit|moins de la moitié|moins d[’\']un tiers|moins d[’\']un quart'), strong: en('minority|minorities|less than half|fewer than half|under half|less than a third|fewer than a third|less than a quarter|fewer than a quarter'), weak: en('few|fewer|small|handful|some|less|under|below') },
    ],
  },
  {
    name: 'comparison',
    comparative: true,
    // `more`, `less` + an adjective (“moins sévère” → “more lenient”) says the other pole of the adjective, no turned comparison.
    sides: [
      {
        // `ne … plus que` is “only … left”, no comparison.
        french: /(?<![\p{L}])(?:(?<!\bn(?:e\s+|[’'])\s*(?:\p{L}+\s+){1,2})plus(?:\s+qu(?:e|[’'])(?!\s*(?:jamais|d[e’']\s*habitude|prévu))|\s+(?:de\s+|d[’'])(?:\p{L}+\s+){1,3}qu(?:e|[’'])|\s+(?!(?:faibles?|bas|basses?|petite?s?|courte?s?|lente?s?|jeunes?|tard|tôt|précoces?|légère?s?|mauvaise?s?|mal|pauvres?|rares?|bon\s+marché|abordables?|faciles?|simples?|froide?s?|proches?|cher|chère?s?|chers|bien)\s)\p{L}+\s+qu(?:e|[’'])|\s+(?:nombreu|abondant|élevé|important|grand|fort|lourd|cher|haut|long|vaste)\p{L}*)|davantage|supérieure?s?\s+(?:à|au|aux)(?![\p{L}])|en\s+plus(?![\p{L}]))/iu,
        strong: en('more(?!\\s+\\p{L}+(?:ent|ant|ive|ous|ful|ble|al|ic|ish|ed|ing|ly)\\b)|higher|greater|larger|bigger|heavier|outnumber\\w*'),
        weak: en('exceed\\w*|above|over|surpass\\w*|most|up|extra|additional|increas\\w*|ris\\w*|rose|ahead|outstrip\\w*|outpac\\w*|top\\w*|beyond|further|plus'),
      },
      {
        french: /(?<![\p{L}])(?<!(?:à|au|du|de)\s)(?:moins(?:\s+qu(?:e|[’'])(?!\s*(?:jamais|d[e’']\s*habitude|prévu))|\s+(?:de\s+|d[’'])(?:\p{L}+\s+){1,3}qu(?:e|[’'])|\s+(?!(?:faibles?|bas|basses?|petite?s?|courte?s?|lente?s?|jeunes?|tard|tôt|précoces?|légère?s?|mauvaise?s?|mal|pauvres?|rares?|bon\s+marché|abordables?|faciles?|simples?|froide?s?|proches?|cher|chère?s?|chers|bien)\s)\p{L}+\s+qu(?:e|[’'])|\s+(?:nombreu|abondant|élevé|important|grand|fort|lourd|cher|haut|long|vaste)\p{L}*)|en\s+moins(?![\p{L}])|inférieure?s?\s+(?:à|au|aux)(?![\p{L}])|n(?:e\s+|[’'])\s*\p{L}+\s+plus\s+qu(?:e|[’']))/iu,
        strong: en('less(?!\\s+\\p{L}+(?:ent|ant|ive|ous|ful|ble|al|ic|ish|ed|ing|ly)\\b)|fewer|lower|smaller|lighter'),
        weak: en('below|under|down|reduc\\w*|cut\\w*|drop\\w*|fell|fall\\w*|decreas\\w*|minus|short|behind|lag\\w*|trail\\w*|least|remain\\w*|left|saving\\w*|sav\\w*|cheaper'),
      },
    ],
  },
  {
    name: 'verdict',
    sides: [
      { french: fr('acquitt|relax(?:é|ée|és|ées|er|e)(?![\\p{L}])|innocent|blanchi'), strong: en('acquit\\w*|cleared|exonerat\\w*'), weak: en('innocen\\w*|releas\\w*|freed|dismiss\\w*|not guilty|relax\\w*|benefit of the doubt|walk\\w* free') },
      { french: fr('condamn|reconnue?s?\\s+coupables?|coupables?(?![\\p{L}])'), strong: en('convict\\w*|sentenc\\w*|guilty'), weak: en('fine[sd]?|jail\\w*|prison\\w*|punish\\w*|condemn\\w*|order\\w* to pay|penalt\\w*|damages|custod\\w*') },
    ],
  },
  {
    name: 'departure',
    sides: [
      { french: fr('démission'), strong: en('resign\\w*|step\\w* down|stood down|quit\\w*'), weak: en('leav\\w*|left|depart\\w*|step\\w* aside|retir\\w*|exit\\w*|bow\\w* out|walk\\w* out|out') },
      { french: fr('limog|licenci|révoqu|congédi|destitu|évincé'), strong: en('fired|sacked|ousted|laid off|let go|dismissal|dismissals'), weak: en('dismiss\\w*|remov\\w*|axed|replac\\w*|forced out|oust\\w*|terminat\\w*|revok\\w*|expel\\w*|redundan\\w*|job cuts|pushed out|relieved') },
    ],
  },
  {
    name: 'tenancy',
    persons: true,
    sides: [
      { french: fr('locataires?(?![\\p{L}])'), strong: en('tenants?|renters?|lessees?'), weak: en('occupants?|residents?|households?|renting|rent\\w*|lodgers?|families|people') },
      { french: fr('propriétaires?(?![\\p{L}])|bailleurs?(?![\\p{L}])'), strong: en('landlords?|homeowners?|lessors?'), weak: en('owners?|own\\w*|propert\\w*|proprietors?|letting') },
    ],
  },
  {
    name: 'advice',
    sides: [
      { french: fr('recommand|préconis|encourag'), strong: en('recommend\\w*|encourag\\w*|urg(?:e|es|ed|ing)'), weak: en('advis\\w*|suggest\\w*|call\\w* for|should|invit\\w*|prompt\\w*|push\\w*|back\\w*|promot\\w*|favou?r\\w*|support\\w*') },
      { french: fr('déconseill|dissuad|décourag'), strong: en('discourag\\w*|dissuad\\w*|deter\\w*'), weak: en('avoid\\w*|against|refrain\\w*|not|warn\\w*|caution\\w*|advis\\w*') },
    ],
  },
  {
    name: 'steadiness',
    // Its change side says rises and falls alike: it accounts for no English word another axis reads as an opposite.
    generic: true,
    sides: [
      { french: fr('inchangée?s?(?![\\p{L}])|statu quo|gelée?s?(?![\\p{L}])|gel(?:er|ait|aient|ant|ons|ez)(?![\\p{L}])|gèl(?:e|es|ent|era|eront)(?![\\p{L}])|gel\\s+(?:des|de|du)(?![\\p{L}])|stabilis'), strong: en('unchanged|steady|stable|on hold|frozen|froze|freez\\w*'), weak: en('held|hold\\w*|same|level|kept|keep\\w*|maintain\\w*|constant|leav\\w*|left|flat|stabili[sz]\\w*|untouched|pause\\w*') },
      { french: fr('hausse|augment|baiss|relev|abaiss|rédui|réduction|diminu|recul|progress|chut|grimp|bondi'), strong: en('rais(?:e|ed|es|ing)|hik\\w*|increas\\w*|lower(?:ed|s|ing)|cut|cuts|decreas\\w*|reduc\\w*|rose|fell|rise|rises|fall|falls|surg\\w*|soar\\w*|plung\\w*|plummet\\w*|slump\\w*|skyrocket\\w*|tumbl\\w*|spik(?:e|es|ed|ing)|jump(?:s|ed|ing)?'), weak: en('up|down|higher|lower|more|less|jump\\w*|drop\\w*|climb\\w*|slash\\w*|trim\\w*|shrink\\w*|shrank|shrunk|grow\\w*|grew|swell\\w*|dwindl\\w*') },
    ],
  },

  {
    name: 'party',
    persons: true,
    sides: [
      { french: fr('victimes?(?![\\p{L}])|plaignante?s?(?![\\p{L}])|parties? civiles?'), strong: en('victims?|plaintiffs?|complainants?|claimants?'), weak: en('famil\\w*|injured|civil part\\w*|relatives?|survivors?|bereaved') },
      { french: fr('accusée?s?(?![\\p{L}])|prévenue?s?(?![\\p{L}])|mise?s? en (?:cause|examen)|défense(?![\\p{L}])'), strong: en('defendants?|accused|defen[cs]e'), weak: en('suspects?|charged|on trial|the man|the woman|prisoner') },
    ],
  },
  {
    name: 'schedule',
    sides: [
      { french: fr('suspen|report(?:é|ée|és|ées|er|e|ent)(?![\\p{L}])|repouss|retard|différ(?:é|ée|és|ées|er)(?![\\p{L}])|ajourn'), strong: en('postpon\\w*|delay\\w*|defer\\w*|suspend\\w*|put off|push\\w* back|pushed back|adjourn\\w*|halt\\w*|pause\\w*|freez\\w*|froze\\w*'), weak: en('later|stop\\w*|shelv\\w*|hold|held|off|back|until|wait\\w*') },
      { french: fr('avancée?s?\\s+(?:à|au|aux|d[e’\']|du)(?![\\p{L}])'), strong: en('brought forward|bring\\w* forward|moved forward|moved up|earlier'), weak: en('forward|advanc\\w*|sooner|ahead') },
    ],
  },
  {
    name: 'strictness',
    sides: [
      { french: fr('assoupl|allég|relâch|détend(?!u)'), strong: en('relax\\w*|eas(?:e|es|ed|ing)|loosen\\w*|soften\\w*|lighten\\w*'), weak: en('simplif\\w*|lower\\w*|reduc\\w*|cut\\w*|lift\\w*|lighter|flexib\\w*|fewer(?!\\s+than)|less(?!\\s+than)') },
      { french: fr('durci|durcir|durciss|resserr|restreign|restrei'), strong: en('tighten\\w*|toughen\\w*|harden\\w*|stricter|strict|crack\\w* down|clamp\\w* down'), weak: en('strengthen\\w*|reinforc\\w*|restrict\\w*|limit\\w*|increas\\w*|more|step\\w* up|extend\\w*|harsh\\w*|tough\\w*') },
    ],
  },
  {
    // “lever un arrêté, une interdiction, un contrôle judiciaire” is to lift it, not to impose it.
    name: 'imposition',
    sides: [
      {
        french: fr('(?:lev(?:é|ée|és|ées|er|e|ent|ait|aient|ant|era|eront)|levée?s?\\s+(?:de\\s+la|du|des|de\\s+l[’\']))\\s+(?:(?:le|la|les|l[’\']|son|sa|ses|leur|leurs|cette|ce|ces|un|une|tous\\s+les|toutes\\s+les)\\s*)?(?:\\p{L}+\\s+)?(?:interdiction|arrêté|contrôle|mesure|restriction|sanction|embargo|blocus|couvre-feu|confinement|état d[’\']urgence|vigilance|alerte|quarantaine|suspension|obligation|consigne|assignation|mandat|siège|barrage|punition|moratoire|réquisition|gel)'),
        strong: en('lift\\w*|rescind\\w*|repeal\\w*|revok\\w*'),
        weak: en('end\\w*|scrap\\w*|remov\\w*|withdr\\w*|drop\\w*|eas\\w*|relax\\w*|no longer|clear\\w*|releas\\w*|free\\w*|cancel\\w*|overturn\\w*|annul\\w*|suspend\\w*|over'),
      },
      {
        french: fr('impos|instaur|décrét|(?:placée?s?|pla[cç]\\p{L}*|mise?s?|mettre|met|mettent)\\s+sous|prononc|infligé|ordonn|prolong(?!ations(?![\\p{L}]))(?<!(?:en|après)\\s+prolong)'),
        strong: /\b(?:impos\w*|introduc\w*|instat\w*|slap\w*)\b|\bplac\w*\b[^.;:]{0,60}\bunder\b/iu,
        weak: en('enforc\\w*|order\\w*|put in place|issu\\w*|extend\\w*|declar\\w*|set\\w* up|adopt\\w*'),
      },
    ],
  },
  {
    name: 'appeal',
    sides: [
      { french: fr('confirm\\p{L}*\\s+(?:(?:le|la|les|l[’\']|son|sa|ses|leur|cette|ce)\\s*)?(?:jugement|condamnation|décision|peine|verdict|arrêt|sanction|relaxe|acquittement|amende)'), strong: en('uphold\\w*|upheld|confirm\\w*'), weak: en('maintain\\w*|endors\\w*|back\\w*|stand|stands|stood|agree\\w*|dismiss\\w*|reject\\w*') },
      { french: fr('infirm|invalid|cass(?:é|ée|és|ées|er|e|ent|ait)(?![\\p{L}])|annul'), strong: en('overturn\\w*|overrul\\w*|quash\\w*|revers\\w*|struck down|strike\\w* down|invalidat\\w*|set\\w* aside'), weak: en('annul\\w*|cancel\\w*|void\\w*|scrap\\w*|throw\\w* out|threw out|thrown out|nullif\\w*') },
    ],
  },
  {
    name: 'concession',
    sides: [
      { french: fr('malgré|en dépit|bien qu|bien que|quoiqu|quoique|nonobstant'), strong: en('despite|in spite|although|though|notwithstanding|regardless|even so'), weak: en('but|still|yet|even|nevertheless|nonetheless|however|while|whilst|undeterred|defy\\w*|defied|brav\\w*|undaunted') },
      { french: fr('à cause|en raison|grâce (?:à|au|aux)|du fait|parce qu|suite (?:à|au|aux)|à la suite'), strong: en('because|due to|owing to|thanks to|as a result|on account of'), weak: en('after|following|amid|given|since|as|so|with|through|from|over|result\\w*|led|caus\\w*|by|for|reason|fault|blam\\w*|credit\\w*|helped|driven') },
    ],
  },
  {
    name: 'place',
    sides: [
      { french: fr('en dehors|hors (?:de|des|du|d[’\'])|à l[’\']extérieur'), strong: en('outside|beyond|out of|away from'), weak: en('not|except|other than|out|off|unsupervised|external\\w*|exterior|outdoors|around|unmarked|unpatrolled|un\\w+') },
      { french: fr('à l[’\']intérieur|dans l[’\']enceinte|au sein'), strong: en('inside|within|indoors'), weak: en('in|into|on|at|among|internal\\w*|interior') },
    ],
  },
  {
    name: 'switch',
    sides: [
      { french: fr('étei(?:n|gn)\\p{L}*|éteinte?s?|extinction'), strong: /\b(?:switch\w*|turn\w*|power\w*|shut\w*)\s+(?:(?:it|them|him|her|(?:the|their|your|its|his)\s+\p{L}+)\s+)?(?:off|down)\b|\b(?:switched|turned|powered)-off\b|\bextinguish\w*|\bput\s+(?:it\s+|them\s+)?out\b/iu, weak: en('off|out|dark|silent|mute\\w*|douse\\w*|control\\w*|contain\\w*|quench\\w*|battled|tackled') },
      { french: fr('allum\\p{L}*'), strong: /\b(?:switch\w*|turn\w*|power\w*)\s+(?:(?:it|them|him|her|(?:the|their|your|its|his)\s+\p{L}+)\s+)?on\b|\b(?:switched|turned)-on\b|\blit\b/iu, weak: en('on|light\\w*|ignit\\w*|kindl\\w*|start\\w*|set') },
    ],
  },
  {
    name: 'magnitude',
    sides: [
      { french: fr('importante?s?(?![\\p{L}])|considérables?|majeure?s?(?![\\p{L}])|conséquente?s?|massi(?:f|fs|ve|ves)(?![\\p{L}])|lourde?s?(?![\\p{L}])'), strong: en('extensive|significant|major|considerable|heavy|severe|substantial|serious|widespread|massive|important|huge|big|large|great|vast|enormous|sizeable|sizable|lot|lots|much|many|costly|hefty'), weak: en('significantly|considerably|extensively|heavily|badly|seriously|severely|substantially|key|main|crucial|large-scale|high|deep|strong|long') },
      { french: fr('légère?s?(?![\\p{L}])|mineure?s?(?![\\p{L}])|minimes?|limitée?s?|superficielle?s?|insignifiante?s?|modérée?s?'), strong: en('minor|slight|minimal|superficial|negligible|insignificant'), weak: en('light|limited|small|little|low|modest|moderate|mild|minimum|less') },
    ],
  },
  {
    name: 'exclusivity',
    sides: [
      {
        french: /(?<![\p{L}])(?:seule?s?\s+(?:les|la|le|l[’']|un|une|des|ceux|celles|quelques|\d)|uniquement|exclusivement|(?<!non\s)seulement)(?![\p{L}])/iu,
        strong: en('only|exclusively|solely|sole'),
        weak: en('alone|just|reserved|restricted|limited|nobody but|no one but|none but|except\\w*|own|itself|himself|herself|themselves|single\\w*|unique\\w*|individual\\w*|lone|merely|simply|purely|entirely|strictly|specifically|dedicated|but|unless|not'),
      },
      { french: fr('également|aussi(?!\\s+(?:bien|\\p{L}+\\s+qu))|de même|en outre'), strong: en('also|too|as well|in addition|additionally|likewise|as much'), weak: en('even|both|similarly|equally|further\\w*|moreover|besides|another|again|plus|and') },
    ],
  },
  {
    name: 'custody',
    sides: [
      { french: fr('interpell(?:é|ée|és|ées)(?![\\p{L}])|écrouée?s?|incarcér|placée?s? en (?:garde à vue|détention)|mise?s? en détention|en garde à vue|arrêtée?s?(?![\\p{L}])'), strong: en('arrest\\w*|detain\\w*|custody|jail\\w*|imprison\\w*|locked up|taken in|held|remand\\w*|behind bars|incarcerat\\w*'), weak: en('caught|captur\\w*|picked up|nabbed|seiz\\w*|apprehend\\w*|stopped|questioned|charged|prison') },
      { french: fr('libérée?s?(?![\\p{L}])|relâchée?s?|remise?s? en liberté|laissée?s? en liberté|mise?s? en liberté|libération|élargie?s?(?![\\p{L}])'), strong: en('releas\\w*|freed|set free|let go|liberat\\w*'), weak: en('free|liberty|walk\\w* free|bail|discharg\\w*|out|clear\\w*|acquit\\w*') },
    ],
  },
  {
    name: 'bounds',
    sides: [
      { french: fr('début(?:s)?(?![\\p{L}])|commenc|début(?:er|é|ée|ent|era|eront|ait)(?![\\p{L}])|démarr'), strong: en('start\\w*|begin\\w*|began|begun|early|beginning'), weak: en('open\\w*|launch\\w*|first|initial\\w*|outset|kick\\w* off|kicked off|onset|dawn|get\\w* under ?way|got under ?way|debut\\w*|from|since|origin\\w*|earliest|turn of|incept\\w*|enter\\w*') },
      { french: fr('fin(?:s)?(?![\\p{L}])(?!\\s+de\\s+(?:la\\s+)?nuit)|termin|achev|clôtur|s[’\']achèv'), strong: en('end|ends|ended|ending|finish\\w*|late|conclu\\w*'), weak: en('clos\\w*|complet\\w*|last|final\\w*|wrap\\w*|expir\\w*|through|until|by|later|over|done|stop\\w*|halt\\w*|cease\\w*|finis\\w*|eventual\\w*|latter|term\\w*|put paid|mid|close') },
    ],
  },
  {
    name: 'outcome',
    sides: [
      { french: fr('réussi(?:r|t|ssent|e|es|s)?(?![\\p{L}])|succès'), strong: en('succe\\w*|manag(?:e|ed|es|ing) to|pass(?:ed)?'), weak: en('achiev\\w*|accomplish\\w*|won|win\\w*|hit|triumph\\w*|work\\w*|effective\\w*|pull\\w* off|pulled off|able|could|breakthrough|made it|did it') },
      { french: fr('échou|échec|échecs'), strong: en('fail\\w*|flop\\w*|unsuccessful\\w*'), weak: en('miss\\w*|fell short|falls short|collaps\\w*|lost|los\\w*|setback\\w*|defeat\\w*|unable|could not|couldn\'t|breakdown|broke down|founder\\w*|stall\\w*|fizzl\\w*|no') },
    ],
  },
  {
    name: 'balance',
    sides: [
      { french: fr('excédent\\p{L}*|bénéfic(?:e|es|iaire|iaires)(?![\\p{L}])'), strong: en('surplus\\w*|profit\\w*|in the black'), weak: en('earn\\w*|gain\\w*|positive|net income|black|plus') },
      { french: fr('déficit\\p{L}*|perte(?:s)? nette(?:s)?|déficitaire'), strong: en('deficit\\w*|loss|losses|loss-making|in the red|shortfall\\w*'), weak: en('red|negative|gap|short\\w*|minus|lost') },
    ],
  },
  {
    // `Tous les établissements resteront fermés` → `Some schools`: all made some (`tous les jours` is every day; `some 200` is about 200).
    name: 'quantifier',
    sides: [
      { french: fr('(?:tous|toutes)\\s+(?:les|ces|leurs|nos|vos|ses)(?!\\s+(?:deux|trois|jours|ans|mois|semaines|soirs|matins|week-ends))|l[’\']ensemble\\s+des|chacune?\\s+des'), strong: en('all|every|each|entire|whole|every\\w+'), weak: en('both|across|throughout|total|full|any|no\\s+\\p{L}+\\s+(?:will|can|may|is|are)|none') },
      { french: fr('certaine?s\\s+(?!\\p{L}*\\s+que)|quelques(?![\\p{L}])|plusieurs(?![\\p{L}])'), strong: en('some(?!\\s+\\d)|several|a few|certain'), weak: en('many|number of|handful|various|part of|a couple|minority|few') },
    ],
  },
  {
    // `La plupart des commerçants` → `All the shopkeepers`: most made all.
    name: 'proportion',
    sides: [
      { french: fr('la plupart|la majorité|une majorité|majoritairement|en majorité'), strong: en('most|majority|mostly|largely|bulk|predominantly|mainly|chiefly'), weak: en('many|nearly all|almost all|much|more than half|over half|great deal') },
      { french: fr('(?:tous|toutes)\\s+(?:les|ces|leurs|nos|vos|ses)(?!\\s+(?:deux|trois|jours|ans|mois|semaines|soirs|matins|week-ends))|l[’\']ensemble\\s+des|unanim\\p{L}*'), strong: en('all|every|entire|whole|unanimous\\w*'), weak: en('each|both|across|throughout|total|full|any') },
    ],
  },
  {
    name: 'judgement',
    sides: [
      { french: fr('meilleure?s?(?![\\p{L}])'), strong: en('best|better'), weak: en('top|finest|greatest|highest|leading|improv\\w*|ideal|optimal|most|premier|first|preferred|good|superior|prime|strongest') },
      { french: fr('pire(?:s)?(?![\\p{L}])|plus mauvaise?s?'), strong: en('worst|worse'), weak: en('lowest|poorest|weakest|bad|least|deteriorat\\w*|bottom|terrible|direst|gravest|most serious|darkest|deadliest|heaviest') },
    ],
  },
  {
    name: 'outlook',
    sides: [
      { french: fr('optimis\\p{L}*'), strong: en('optimis\\w*|upbeat|hopeful|bullish|sanguine|rosy|positive'), weak: en('confident\\w*|hope\\w*|encourag\\w*|bright|good|cheerful|reassur\\w*|buoyant|expect\\w*') },
      { french: fr('pessimis\\p{L}*'), strong: en('pessimis\\w*|gloomy|downbeat|bearish|bleak'), weak: en('doubt\\w*|worr\\w*|concern\\w*|sceptic\\w*|skeptic\\w*|fear\\w*|dim|grim|negative|cautious|dark|low') },
    ],
  },
  {
    name: 'opinion',
    sides: [
      { french: fr('favorables?(?![\\p{L}])'), strong: en('favou?rabl\\w*|in favou?r|positive\\w*|support\\w*|back\\w*|approv\\w*'), weak: en('for|welcom\\w*|receptive|open|keen|sympathetic|agree\\w*|endors\\w*|yes|good|encouraging|auspicious|ideal|right') },
      { french: fr('défavorables?(?![\\p{L}])|hostiles?(?![\\p{L}])'), strong: en('unfavou?rabl\\w*|against|opposed|oppos\\w*|hostil\\w*|negative\\w*'), weak: en('object\\w*|reject\\w*|critic\\w*|unhelpful|adverse|poor|bad|resist\\w*|no|unfriendly|unwelcom\\w*') },
    ],
  },
  {
    name: 'hiring',
    sides: [
      { french: fr('embauch|recrut'), strong: en('hir(?:e|es|ed|ing)|recruit\\w*|take on|taking on|took on|takes on|taken on'), weak: en('creat\\w*|add\\w*|new|jobs?|staff\\w*|employ\\w*|appoint\\w*|sign\\w*|bring\\w* in|brought in|onboard\\w*|vacanc\\w*|post\\w*|positions?') },
      { french: fr('licenci|suppressions? d[e’\']\\s*(?:\\d[\\d\\s]*)?(?:postes|emplois)|supprim\\p{L}*\\s+(?:\\d[\\d\\s]*)?(?:postes|emplois)'), strong: en('lay\\w* off|laid off|fired|fire|sack\\w*|redundan\\w*|job cuts|job losses|cut\\w* (?:\\w+ ){0,2}(?:jobs|posts|positions)'), weak: en('cut\\w*|shed\\w*|eliminat\\w*|ax\\w*|slash\\w*|dismiss\\w*|lose|los\\w*|terminat\\w*|let go|scrap\\w*|reduc\\w*|trim\\w*|layoffs?|downsiz\\w*') },
    ],
  },
  {
    name: 'pace',
    sides: [
      { french: fr('accélér'), strong: en('accelerat\\w*|speed\\w* up|sped up|quicken\\w*|faster'), weak: en('fast\\w*|quick\\w*|rapid\\w*|hasten\\w*|step\\w* up|stepp\\w* up|boost\\w*|spur\\w*|ramp\\w* up|gather\\w* pace|gain\\w*|increas\\w*|brisk\\w*|push\\w*') },
      { french: fr('ralenti|décélér'), strong: en('slow\\w*|decelerat\\w*'), weak: en('eas\\w*|moderat\\w*|cool\\w*|weak\\w*|sluggish|delay\\w*|stall\\w*|damp\\w*|drag\\w*|lag\\w*|brake\\w*|less|fall\\w*|fell|declin\\w*|hold\\w* back|curb\\w*') },
    ],
  },
  {
    name: 'substitution',
    sides: [
      { french: fr('céd\\p{L}*\\s+sa\\s+place|sorti(?:e|s|es)?\\s+sur\\s+blessure|remplacée?\\s+à\\s+la\\s+\\d+'), strong: en('came off|comes off|taken off|substituted|went off|limped off|forced off|hobbled off|made way|makes way'), weak: en('replac\\w*|withdr\\w*|gave way|give way|off|left the (?:pitch|field)|leav\\w*') },
      { french: fr('entrée?\\s+en\\s+jeu|entrée?s?\\s+sur\\s+le\\s+terrain|fait\\s+son\\s+entrée|entré en cours de (?:jeu|match)'), strong: en('came on|comes on|brought on|sent on|on as a substitute|off the bench'), weak: en('introduc\\w*|enter\\w*|replac\\w*|substitut\\w*|on') },
    ],
  },
  {
    // “au moins” is at least, “au plus” at most.
    name: 'bound',
    plain: true,
    sides: [
      { french: fr('maximum|maximale?s?(?![\\p{L}])|maximaux|maxima(?![\\p{L}])|au plus(?!\\s+(?:tard|tôt|vite|près|haut|bas|fort|vite))|tout au plus|plafonnée?s?|plafond'), strong: en('maximum|max|at most|at the most|no more than|capped|ceiling|cap'), weak: en('up to|limit\\w*|top|highest|peak|or less|not exceed\\w*|within|under|below|upper|full') },
      { french: fr('minimum|minimale?s?(?![\\p{L}])|minimaux|minima(?![\\p{L}])|au moins|pour le moins|a minima|plancher'), strong: en('minimum|at least|no less than|no fewer than|floor'), weak: en('least|or more|more than|lowest|bottom|basic|base|starting|from|lower|not less|over|above|even|some') },
    ],
  },
  {
    // “légèrement reculé” is fell slightly, not fell sharply.
    name: 'degree',
    plain: true,
    sides: [
      { french: fr('légèrement|modérément|faiblement|quelque peu|un peu(?!\\s+(?:plus|moins|partout))|marginalement'), strong: en('slightly|marginally|a little|a bit|modestly|somewhat|fractionally|edged|inched|mildly'), weak: en('small|slight|little|modest|moderate\\w*|minor|bit|gently|gradual\\w*|a touch') },
      { french: fr('fortement|nettement|considérablement|massivement|brutalement|spectaculairement|lourdement|drastiquement|vivement'), strong: en('sharply|steeply|dramatically|significantly|considerably|substantially|markedly|heavily|massively|drastically|plunged|soared|surged|slumped|tumbled|plummeted|skyrocketed'), weak: en('much|greatly|widely|largely|strongly|big|great|huge|large|major|steep|sharp|strong|hard|deep\\w*|severe\\w*|substantial|significant|considerable|marked|notabl\\w*|clear\\w*|well|far|lot') },
    ],
  },
  {
    // “peu probable” is unlikely, “probable” likely.
    name: 'likelihood',
    sides: [
      { french: fr('peu probables?|improbables?|peu vraisemblables?|invraisemblables?'), strong: en('unlikely|improbable|doubtful|implausible|little chance|slim chance|slim|remote'), weak: en('not likely|not expected|hardly|doubt\\w*|low|little|few|uncertain|question') },
      { french: /(?<![\p{L}])(?<!peu\s)(?<!im)(?:probables?|vraisemblables?)(?![\p{L}])/iu, strong: en('likely|probable|probably|plausible'), weak: en('expected|chance|may|might|could|possibl\\w*|odds|set to') },
    ],
  },
  {
    // “au plus tard le 15 mars” is by 15 March at the latest, not from it.
    name: 'deadline',
    plain: true,
    negatedPhrases: true,
    sides: [
      { french: fr('au plus tard|dernier délai'), strong: en('at the latest|no later than|latest by|deadline'), weak: en('by|before|until|till|up to|within|due|cut-off|closing') },
      { french: fr('au plus tôt|pas avant|au minimum le'), strong: en('at the earliest|no earlier than|not before|no sooner than'), weak: en('from|after|as of|starting|beginning|once|later than') },
    ],
  },
  {
    // “a résilié le contrat” is terminated it, not extended it.
    name: 'contract',
    sides: [
      { french: fr('résili|rompu|rompre|rupture'), strong: en('terminat\\w*|cancel\\w*|broke off|break off|broken off|ended|end|ends|ending|tore up|torn up|scrap\\w*|rescind\\w*'), weak: en('release\\w*|part\\w* ways|split|quit|dissolv\\w*|sack\\w*|fired|dismiss\\w*|let go|out|severed|sever\\w*|annul\\w*|drop\\w*|walk\\w* away|exit\\w*') },
      { french: fr('prolong(?!ations(?![\\p{L}]))(?<!(?:en|après)\\s+prolong)|renouvel|reconduit|reconduire|reconduction'), strong: en('extend\\w*|extension|renew\\w*|prolong\\w*'), weak: en('continu\\w*|keep\\w*|kept|retain\\w*|stay\\w*|sign\\w*|more|longer|further|another') },
    ],
  },
  {
    // “l’auteur présumé” is the alleged attacker, not the perpetrator.
    name: 'presumption',
    sides: [
      { french: fr('présumée?s?(?![\\p{L}])|supposée?s?(?![\\p{L}])|soupçonnée?s?(?![\\p{L}])|suspectée?s?(?![\\p{L}])'), strong: en('alleged\\w*|suspected|presumed|supposed|suspect|suspects|purported\\w*|reportedly'), weak: en('accused|believed|thought|possibl\\w*|may|might|said to|under investigation|charged') },
      { french: fr('coupables?(?![\\p{L}])|reconnue?s? coupables?'), strong: en('perpetrators?|culprits?|guilty'), weak: en('convicted|responsible') },
    ],
  },
  {
    // “1 426 € net” is net of contributions, not gross.
    name: 'pay',
    sides: [
      { french: fr('brut(?:e|s|es)?(?![\\p{L}])'), strong: en('gross|before tax|pre-tax|before deductions'), weak: en('total|headline|full') },
      { french: fr('nets?(?![\\p{L}])|nettes?(?![\\p{L}])'), strong: en('net|after tax|take-home|after deductions'), weak: en('clear|sharp\\w*|marked|clean|outright') },
    ],
  },
  {
    // “autrefois” is then, “désormais” now.
    name: 'era',
    plain: true,
    sides: [
      { french: fr('autrefois|jadis|naguère|anciennement|auparavant|à l[’\']époque'), strong: en('formerly|used to|in the past|at one time|in the old days|of old'), weak: en('once|previously|former|ago|past|then|back|old|earlier|historic\\w*|long|before|originally|in its day|heyday|time|was|were|had') },
      { french: fr('désormais|dorénavant|aujourd[’\']hui|actuellement|à présent|de nos jours'), strong: en('now|today|currently|nowadays|henceforth|from now on|presently|these days|at present'), weak: en('still|present|current|modern|since|now on|going forward|is|are|has|have|new|latest') },
    ],
  },
  {
    name: 'support',
    sides: [
      { french: fr('soutien(?:s|nent)?(?![\\p{L}])|souten|soutient|soutenu|appui(?:e|ent|é|ée|és|er)?(?![\\p{L}])'), strong: en('support\\w*|back(?:s|ed|ing|er|ers)?|endors\\w*|in favou?r'), weak: en('favou?r\\w*|champion\\w*|welcom\\w*|stand\\w* (?:by|behind)|stood by|behind|aid|help\\w*|fund\\w*|assist\\w*|defend\\w*|rall\\w*|solidarity|sponsor\\w*|for') },
      { french: fr('s[’\']oppos\\p{L}*|opposée?s?\\s+(?:à|au|aux)'), strong: en('oppos\\w*|against|hostil\\w*|resist\\w*'), weak: en('reject\\w*|critic\\w*|object\\w*|protest\\w*|fight\\w*|block\\w*|resent\\w*|no|refus\\w*|contest\\w*|challeng\\w*') },
    ],
  },
  {
    // “a dépassé celui de 2019” → “fell short of the 2019 figure”.
    name: 'threshold',
    comparative: true,
    sides: [
      { french: fr('dépass(?:e|es|ent|ait|aient|ant|er|era|eront|erait|é|ée|és|ées)(?![\\p{L}])(?!\\s+par)|excéd|surpass|franchi\\p{L}*\\s+(?:la\\s+barre|le\\s+cap|le\\s+seuil)'), strong: en('exceed\\w*|surpass\\w*|top|tops|topped|topping|outstrip\\w*|outnumber\\w*|passed|overtook|overtak\\w*|broke|broken|beat|beaten|above|over|more than|higher than|greater than|larger than|beyond'), weak: en('pass\\w*|went|gone|crossed|reach\\w*|hit|record|more|higher|greater|up|ahead|outpac\\w*|eclips\\w*') },
      { french: fr('en[\\s-]deçà|en[\\s-]dessous|sous\\s+(?:la\\s+barre|le\\s+seuil|le\\s+niveau)'), strong: en('fell short|falls short|fall short|falling short|short of|below'), weak: en('less|lower|fewer|shy of|lag\\w*|behind|miss\\w*|under|beneath') },
    ],
  },
  {
    // “deux fois moins d’énergie” → “half as much energy”, never “twice as much”.
    name: 'multiple',
    comparative: true,
    sides: [
      { french: /(?<![\p{L}])(?:(?:deux|trois|quatre|cinq|dix|cent|\d+)\s+fois\s+moins|moitié\s+moins|divisée?s?\s+par\s+(?:deux|trois|quatre|cinq|dix|\d+))(?![\p{L}])/iu, strong: /\b(?:halved|halving|(?:half|a\s+third|a\s+quarter|a\s+tenth|one-(?:half|third|quarter|tenth))\s+as\s+(?:much|many|high|large|big|long|fast|expensive|likely|often)|(?:twice|\w+\s+times)\s+(?:less|fewer|lower|smaller))\b/iu, weak: en('half|third|quarter|tenth|fraction|less|fewer|lower|smaller|cut|reduc\\w*|divid\\w*|fell|drop\\w*') },
      { french: /(?<![\p{L}])(?:(?:deux|trois|quatre|cinq|dix|cent|\d+)\s+fois\s+(?:plus|autant)|multipliée?s?\s+par)(?![\p{L}])/iu, strong: /\b(?:(?:twice|double|(?:two|three|four|five|ten|a\s+hundred|\d+)\s+times)\s+(?:as\s+(?:much|many|high|large|big|long|fast|expensive|likely|often)|more|higher|greater|larger|bigger|longer|faster)|doubl\w*|tripl\w*|quadrupl\w*)\b/iu, weak: en('more|higher|greater|larger|increas\\w*|ris\\w*|rose|multipl\\w*|times|fold|twice') },
    ],
  },
]);

const englishNegationOnly = /\b(?:not|never|no|nothing|nobody|none|neither|nor|without|cannot|instead|rather|unless)\b|n[’']t\b/iu;

/** A direction of the source, “de Lille vers Paris”, “de 90 à 80” (places and numbers), and of the English, “from Paris to Lille”. */
const frenchDirection = /(?<![\p{L}])(?:de|d[’'])\s*(?:l[’']\s*)?(\p{Lu}[\p{L}-]+|\d[\d\s,.]*\d|\d)\s+(?:vers|à|jusqu[’']à|en direction de)\s+(?:l[’']\s*)?(\p{Lu}[\p{L}-]+|\d[\d\s,.]*\d|\d)/gu;
const englishDirection = /\bfrom\s+(?:the\s+)?(\p{Lu}[\p{L}-]+|\d[\d,.]*\d|\d)\s+(?:to|towards|into)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+|\d[\d,.]*\d|\d)/gu;
const endpoint = (text: string): string => (/\d/u.test(text) ? text.replace(/\D/gu, '') : fold(text));

/** The direction turned round: “transféré de Lille vers Paris” → “transferred from Paris to Lille”. */
function reversedDirections(source: string, target: string): Issue[] {
  const french = [...source.matchAll(frenchDirection)].map((match) => [endpoint(match[1]!), endpoint(match[2]!)] as const).filter(([from, to]) => from !== to);
  if (french.length === 0) return [];
  const issues: Issue[] = [];
  for (const match of target.matchAll(englishDirection)) {
    const [from, to] = [endpoint(match[1]!), endpoint(match[2]!)];
    const same = french.some(([a, b]) => a === from && b === to);
    if (!same && french.some(([a, b]) => a === to && b === from)) issues.push({ key: 'polarity', params: { word: match[0] }, target: [{ start: match.index, end: match.index + match[0].length }] });
  }
  return issues;
}

/** Where a clause ends: punctuation, and the conjunctions that turn a sentence round. */
const clauseBreak = /[,;:()«»"“”—–]|(?<![\p{L}])(?:mais|but|whereas|while|alors\s+que|tandis\s+que)(?![\p{L}])/giu;
function clauses(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const match of text.matchAll(clauseBreak)) {
    out.push({ start: at, end: match.index });
    at = match.index + match[0].length;
  }
  out.push({ start: at, end: text.length });
  return out;
}
/** The text with its clauses that `negates` blanked (offsets kept): a negation hedges its own clause, not the sentence's others. */
const blankClauses = (text: string, negates: (clause: string) => boolean): string => blank(text, clauses(text).filter((clause) => negates(text.slice(clause.start, clause.end))));
/** “than”, “instead”, “rather”, “unless” hedge only the words near them, in their clause (“fewer than ten employees” is no hedge of “tighten”). */
const hedgeWord = /\b(?:than|instead|rather|unless)\b/iu;
function hedgedNear(text: string, start: number, end: number): boolean {
  const clause = clauses(text).find((span) => span.start <= start && end <= span.end) ?? { start: 0, end: text.length };
  return hedgeWord.test(text.slice(Math.max(clause.start, start - 40), Math.min(clause.end, end + 40)));
}

interface CompiledScale {
  french: readonly [RegExp, RegExp];
  english: readonly [RegExp, RegExp];
}
/** Each scale's poles as French and English comparatives (scales.ts): plus + a pole or moins + the other pole. */
const compiledScales = lazy((): CompiledScale[] =>
  scales.map((scale) => {
    const frenchPole = (own: string, other: string, irregular: string) =>
      new RegExp(`(?<![\\p{L}])(?:(?:plus|moins)\\s+en\\s+)?(?:plus\\s+(?:${own})|moins\\s+(?:${other})${irregular ? `|${irregular}` : ''})(?![\\p{L}])`, 'iu');
    const englishPole = (own: string, other: string, comparatives: string) =>
      new RegExp(`\\b(?:${comparatives}|(?:more|most)\\s+(?:${own})|(?:less|least)\\s+(?:${other}))\\b`, 'iu');
    return {
      french: [frenchPole(scale.french[0], scale.french[1], scale.frenchIrregular?.[0] ?? ''), frenchPole(scale.french[1], scale.french[0], scale.frenchIrregular?.[1] ?? '')],
      english: [englishPole(scale.english[0], scale.english[1], scale.englishComparatives[0]), englishPole(scale.english[1], scale.english[0], scale.englishComparatives[1])],
    };
  }),
);

/** A comparison turned round: “plus cher que” → “cheaper than”, “la plus faible” → “the highest”, “moins bien payées” → “better paid”. */
function reversedComparisons(source: string, target: string, at: number): Issue[] {
  const issues: Issue[] = [];
  for (const scale of compiledScales()) {
    const first = scale.french[0].test(source);
    if (first === scale.french[1].test(source)) continue;
    const [said, other] = first ? [scale.english[0], scale.english[1]] : [scale.english[1], scale.english[0]];
    const opposite = other.exec(target);
    if (!opposite || said.test(target)) continue;
    issues.push({ key: 'polarity', params: { word: opposite[0] }, target: [{ start: at + opposite.index, end: at + opposite.index + opposite[0].length }] });
  }
  return issues;
}

export const polarity: PairRunner = {
  run: (pair) => {
    const units = sentenceUnits(pair.source, pair.target);
    const issues: Issue[] = reversedDirections(pair.source, pair.target);
    for (const [source, target] of units) {
      const at = pair.target.indexOf(target);
      // Each side read without its negated clauses: “a gagné …, mettant fin à une série sans victoire” still says won.
      const frenchPlain = blankClauses(source, (clause) => frenchNegations(clause) > 0);
      const englishPlain = blankClauses(target, (clause) => englishNegationOnly.test(clause));
      // What each axis's French says, and so the English words it accounts for: an English word one
      // axis reads as the opposite may be another's rendering of the French (`licenciement` →
      // `dismissal`, which the assent axis reads as a claim dismissed).
      const saidSides = axes().flatMap((axis) => {
        const french = axis.persons || axis.negatedPhrases ? source : frenchPlain;
        const first = axis.sides[0].french.test(french);
        const second = axis.sides[1].french.test(french);
        return first === second ? [] : [{ axis, side: first ? axis.sides[0] : axis.sides[1] }];
      });
      for (const { axis, side: said } of saidSides) {
        const english = axis.persons || axis.negatedPhrases ? target : englishPlain;
        const other = said === axis.sides[0] ? axis.sides[1] : axis.sides[0];
        const opposite = other.strong.exec(english);
        if (!opposite || said.strong.test(english)) continue;
        // A word another axis's French accounts for is that axis's: no opposite (`licenciement` → `dismissal`, not a claim
        // dismissed), and no hint of this side either (`falling energy prices` for `baisse des prix` says nothing of `ralenti`).
        const elsewhere = (word: string) => saidSides.some((other) => other.axis !== axis && !other.axis.generic && (other.side.strong.test(word) || other.side.weak?.test(word)));
        if (said.weak && [...english.matchAll(new RegExp(said.weak.source, 'giu'))].some((hint) => !elsewhere(hint[0]))) continue;
        if (elsewhere(opposite[0])) continue;
        if (!axis.persons && !axis.comparative && !axis.plain && hedgedNear(target, opposite.index, opposite.index + opposite[0].length)) continue;
        if (issues.some((issue) => issue.target?.[0]?.start === at + opposite.index)) continue;
        issues.push({ key: 'polarity', params: { word: opposite[0] }, target: [{ start: at + opposite.index, end: at + opposite.index + opposite[0].length }] });
      }
      for (const issue of reversedComparisons(frenchPlain, englishPlain, at)) {
        const start = issue.target?.[0]?.start;
        if (!issues.some((other) => other.target?.[0] && start !== undefined && other.target[0].start <= start && start < other.target[0].end)) issues.push(issue);
      }
    }
    return issues;
  },
};
