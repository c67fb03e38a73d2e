import { lazy, sentenceUnits } from '../lib';
import type { Issue, PairRunner } from '../types';
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
  /** Persons, no predicate: a negation does not turn a tenant into a landlord, so one does not hedge them. */
  persons?: boolean;
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
        strong: en('rise|rises|rose|risen|rising|increas\\w*|climb\\w*|grow|grows|grew|grown|growing|growth|soar\\w*|surg\\w*|jump\\w*|up|upward\\w*|higher|hike\\w*'),
        weak: en('gain\\w*|rais\\w*|boost\\w*|more|record|peak\\w*|spik\\w*|expan\\w*|add\\w*|extra|greater|larger|bigger|high|top\\w*|swell\\w*|mount\\w*|step\\w* up|improv\\w*|strengthen\\w*|double\\w*|tripl\\w*|multipl\\w*|accelerat\\w*|over|above|exceed\\w*|progress\\w*|advanc\\w*|ris\\w*'),
      },
      {
        french: fr('baiss|recul(?!.{0,3}\\s*(?:de la|du)?\\s*temps)|chut|diminu|rédui|réduction|repli|effondr|dégringol|décroi|amoindri|ralenti'),
        strong: en('fall|falls|fell|fallen|falling|drop\\w*|declin\\w*|down|downward\\w*|decreas\\w*|lower\\w*|slump\\w*|plung\\w*|tumbl\\w*|shrink\\w*|shrank|shrunk'),
        weak: en('cut\\w*|reduc\\w*|slid\\w*|slip\\w*|dip\\w*|fewer|less|lost|loss\\w*|slow\\w*|eas\\w*|sank|sink\\w*|contract\\w*|diminish\\w*|retreat\\w*|back|below|under|low|weak\\w*|collaps\\w*|crash\\w*|lesser|smaller|minus|negative|deficit|trim\\w*|curb\\w*|limit\\w*|recession'),
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
      { french: fr('accept|approuv|adopt|ratifi|entérin|autoris'), strong: en('accept\\w*|approv\\w*|adopt\\w*|ratif\\w*|endors\\w*|passed'), weak: en('agree\\w*|allow\\w*|welcom\\w*|take|took|taken|admit\\w*|embrac\\w*|back\\w*|in favou?r|green light|green-light|validat\\w*|confirm\\w*|sign\\w*|pass|passes|yes|support\\w*|carried|enact\\w*|vot\\w* (?:for|through)') },
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
      { french: fr('rétabli'), strong: en('restor\\w*|resum\\w*|reinstat\\w*|re-establish\\w*|reestablish\\w*'), weak: en('back|return\\w*|reopen\\w*|recover\\w*|normal\\w*|repair\\w*|reconnect\\w*|resto\\w*|fix\\w*|up and running') },
      { french: fr('suspen|interromp|interrompu|coupée?s?(?![\\p{L}])|coupure'), strong: en('suspend\\w*|suspension|interrupt\\w*|halt\\w*|disrupt\\w*|cut off'), weak: en('stop\\w*|cut|cuts|outage\\w*|off|pause\\w*|break\\w*|down|clos\\w*|shut\\w*') },
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
      { french: fr('y compris'), strong: en('includ\\w*'), weak: en('also|even|as well|among|along with|incl') },
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
      { french: /(?<![\p{L}’'-])(?<!en\s)avant(?![\p{L}-])/iu, strong: en('before|beforehand|prior to|ahead of'), weak: en('by|until|till|earlier|previous\\w*|first|then|pre-?\\w*|in advance|advance|up to|deadline|no later|ahead|ago|once|prior|leading up') },
      { french: /(?<![\p{L}’'-])après(?![\p{L}-])/iu, strong: en('after|afterwards|subsequently'), weak: en('following|later|since|then|once|post-?\\w*|when|next|upon|on|from|behind|in the wake') },
    ],
  },
  {
    name: 'share',
    persons: true,
    sides: [
      { french: fr('majorit'), strong: en('majority|majorities|most'), weak: en('more than half|bulk|largely|many|much|mostly|main\\w*|large') },
      { french: fr('minorit'), strong: en('minority|minorities'), weak: en('few|fewer|small|handful|some') },
    ],
  },
  {
    name: 'comparison',
    comparative: true,
    sides: [
      {
        // `ne … plus que` is “only … left”, no comparison.
        french: /(?<![\p{L}])(?:(?<!\bn(?:e\s+|[’'])\s*\p{L}+\s+)plus(?:\s+(?:de\s+|d[’'])?\p{L}+\s+qu(?:e|[’'])|\s+(?:nombreu|abondant|élevé|important|grand|fort|lourd|cher|haut|long|vaste)\p{L}*)|davantage|supérieure?s?\s+(?:à|au|aux)(?![\p{L}])|en\s+plus(?![\p{L}]))/iu,
        strong: en('more|higher|greater|larger|bigger|heavier|outnumber\\w*'),
        weak: en('exceed\\w*|above|over|surpass\\w*|most|up|extra|additional|increas\\w*|ris\\w*|rose|ahead|outstrip\\w*|outpac\\w*|top\\w*|beyond|further|plus'),
      },
      {
        french: /(?<![\p{L}])(?:moins(?:\s+(?:de\s+|d[’'])?\p{L}+\s+qu(?:e|[’'])|\s+(?:nombreu|abondant|élevé|important|grand|fort|lourd|cher|haut|long|vaste)\p{L}*)|en\s+moins(?![\p{L}])|inférieure?s?\s+(?:à|au|aux)(?![\p{L}])|n(?:e\s+|[’'])\s*\p{L}+\s+plus\s+qu(?:e|[’']))/iu,
        strong: en('less|fewer|lower|smaller|lighter'),
        weak: en('below|under|only|just|down|reduc\\w*|cut\\w*|drop\\w*|fell|fall\\w*|decreas\\w*|minus|short|behind|lag\\w*|trail\\w*|least|remain\\w*|left|saving\\w*|sav\\w*|cheaper'),
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
      { french: fr('limog|licenci|révoqu|congédi|destitu|évincé'), strong: en('fired|sacked|ousted|laid off|let go'), weak: en('dismiss\\w*|remov\\w*|axed|replac\\w*|forced out|oust\\w*|terminat\\w*|revok\\w*|expel\\w*|redundan\\w*|job cuts|pushed out|relieved') },
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
    sides: [
      { french: fr('inchangée?s?(?![\\p{L}])|statu quo|gelée?s?(?![\\p{L}])'), strong: en('unchanged|steady|stable|on hold|frozen|froze|freez\\w*'), weak: en('held|hold\\w*|same|level|kept|keep\\w*|maintain\\w*|constant|leav\\w*|left|flat|stabili[sz]\\w*|untouched|pause\\w*') },
      { french: fr('hausse|augment|baiss|relev|abaiss|rédui|réduction|diminu|recul|progress|chut|grimp|bondi'), strong: en('rais(?:e|ed|es|ing)|hik\\w*|increas\\w*|lower(?:ed|s|ing)|cut|cuts|decreas\\w*|reduc\\w*|rose|fell|rise|rises|fall|falls'), weak: en('up|down|higher|lower|more|less|jump\\w*|drop\\w*|climb\\w*|slash\\w*|trim\\w*') },
    ],
  },

  {
    name: 'party',
    persons: true,
    sides: [
      { french: fr('victimes?(?![\\p{L}])|plaignante?s?(?![\\p{L}])|parties? civiles?'), strong: en('victims?|plaintiffs?|complainants?|claimants?'), weak: en('famil\\w*|injured|civil part\\w*|relatives?|survivors?|bereaved') },
      { french: fr('accusée?s?(?![\\p{L}])|prévenue?s?(?![\\p{L}])|mise?s? en (?:cause|examen)|défense(?![\\p{L}])'), strong: en('defendants?|accused|defen[cs]e'), weak: en('suspects?|charged|on trial|the man|the woman|convicted|prisoner') },
    ],
  },
  {
    name: 'schedule',
    sides: [
      { french: fr('suspen|report(?:é|ée|és|ées|er|e|ent)(?![\\p{L}])|repouss|retard|différ(?:é|ée|és|ées|er)(?![\\p{L}])|ajourn'), strong: en('postpon\\w*|delay\\w*|defer\\w*|suspend\\w*|put off|push\\w* back|pushed back|adjourn\\w*|halt\\w*|pause\\w*|freez\\w*|froze\\w*'), weak: en('later|stop\\w*|shelv\\w*|hold|held|off|back|until|wait\\w*') },
      { french: fr('avancée?s?\\s+(?:à|au|aux|d[e’\']|du)(?![\\p{L}])'), strong: en('brought forward|bring\\w* forward|moved forward|moved up|earlier'), weak: en('forward|advanc\\w*|sooner|ahead') },
    ],
  },
]);

const englishNegation = /\b(?:not|never|no|nothing|nobody|none|neither|nor|without|cannot|instead|rather|than|unless)\b|n[’']t\b/iu;
const englishNegationOnly = /\b(?:not|never|no|nothing|nobody|none|neither|nor|without|cannot|instead|rather|unless)\b|n[’']t\b/iu;

export const polarity: PairRunner = {
  run: (pair) => {
    const units = sentenceUnits(pair.source, pair.target);
    const issues: Issue[] = [];
    for (const [source, target] of units) {
      const negated = frenchNegations(source) > 0 || englishNegationOnly.test(target);
      const hedged = englishNegation.test(target);
      for (const axis of axes()) {
        if (!axis.persons && (negated || (hedged && !axis.comparative))) continue;
        for (const [said, other] of [axis.sides, [axis.sides[1], axis.sides[0]] as const]) {
          if (!said.french.test(source) || other.french.test(source)) continue;
          const opposite = other.strong.exec(target);
          if (!opposite || said.strong.test(target) || said.weak?.test(target)) continue;
          const at = pair.target.indexOf(target) + opposite.index;
          issues.push({ key: 'polarity', params: { word: opposite[0] }, target: [{ start: at, end: at + opposite[0].length }] });
        }
      }
    }
    return issues;
  },
};
