import type { EmailLabel } from './email';

/**
 * Phrases that signal each label, matched against normalised text (lower case, straight
 * apostrophes, single spaces). Weights say how strongly a phrase points to its label; a
 * phrase in the subject counts half again. English first, then the commonest Spanish,
 * French and German phrasing. Written from how such emails are worded in general, never
 * from a particular message.
 */
export interface Rule {
  label: EmailLabel;
  pattern: RegExp;
  weight: number;
}

const rule = (label: EmailLabel, weight: number, ...patterns: RegExp[]): Rule[] =>
  patterns.map((pattern) => ({ label, pattern, weight }));

export const rules: Rule[] = [
  // Application received.
  ...rule(
    'application_received',
    3,
    /\bthank(s| you) for (your )?(applying|application|interest in (joining|working|the))/,
    /\b(we('ve| have)|has been) (successfully )?received your (job )?application\b/,
    /\byour application (was|has been) (sent|submitted|received)\b/,
    /\bapplication (submitted|received|confirmation)\b/,
    /\bwe (will|'ll) (carefully )?review your (application|profile|resume|cv|qualifications)\b/,
    /\bhemos recibido (tu|su) (candidatura|solicitud|postulaci[oó]n)/,
    /\bgracias por (tu|su) (candidatura|solicitud|postulaci[oó]n|inter[eé]s)/,
    /\bnous avons (bien )?re[cç]u (votre|ta) candidature/,
    /\bmerci (pour|de) (votre|ta) candidature/,
    /\b(vielen )?dank f[uü]r (ihre|deine) bewerbung/,
    /\bihre bewerbung (ist|wurde) .{0,30}(eingegangen|erhalten)/,
    /\bonly (shortlisted|successful|selected) (candidates|applicants) will be contacted\b/,
    /\b(received|got) your (cv|resume|r[eé]sum[eé])\b/,
    /\b(we('ll| will)|will) be in touch (if|should|once|as soon)\b/,
  ),
  // Asked to interview (no time fixed yet).
  ...rule(
    'interview_request',
    3,
    /\b(like|love|want|pleased|happy|excited) to (invite|schedule|set up|arrange|have) (you )?(for |to )?(an? |the |your )?(first |initial |second |next |final |phone |video |virtual |onsite |on-site )?(interview|conversation|chat|call|screen)/,
    /\binvite you (to|for) (an? |the )?(\w+ )?(interview|conversation|call|meeting|screen)/,
    /\b(share|send|let me know|provide) (me |us )?(your|some) (availability|available times)/,
    /\b(what|which) (times?|days?) (work|works|would work) (best )?for you/,
    /\b(pick|choose|select|book|grab) (a|your|an available) (time|slot)/,
    /\bschedule (a|an|your) (time|interview|call)/,
    /\b(would|could) you be available (for|on|to)\b/,
    /\b(select|choose|pick) (one of|from) (the following|these|the) (times|slots|options)\b/,
    /\bavailable (time )?slots\b/,
    /\bmove forward (with you )?(to|into|with) (the )?(next|second|final|onsite|technical) (round|step|stage|interview)/,
    /\b(next|second|final) (round|stage) (of )?(interviews?)?/,
    /\bnos gustar[ií]a (invitarle|invitarte|programar|tener) .{0,30}entrevista/,
    /\bnous (aimerions|souhaiterions|souhaitons) vous (inviter|rencontrer|proposer) .{0,30}(entretien|[eé]change)/,
    /\bwir (m[oö]chten|w[uü]rden) sie (gerne )?(zu einem|zum) .{0,30}(gespr[aä]ch|interview)/,
  ),
  ...rule(
    'interview_request',
    1.5,
    /\binterview\b/,
    /\bentrevista\b/,
    /\bentretien\b/,
    /\bvorstellungsgespr[aä]ch\b/,
  ),
  // Interview scheduled: a time is set.
  ...rule(
    'interview_scheduled',
    3.5,
    /\b(your |the )?(interview|call|meeting|conversation) (is|has been) (now )?(confirmed|scheduled|booked|set)\b/,
    /\b(confirm(ing|ed)?|confirmation)( of)? (your |the )?(interview|call|meeting)\b/,
    /\binterview confirmation\b/,
    /\b(interview|call|meeting) (details|invitation) ?:/,
    /^invitation: /,
    /\bbegin:vevent\b/,
    /\blooking forward to (speaking|talking|meeting|chatting) with you (on|at|tomorrow|next)\b/,
    /\bhas (accepted|scheduled) (your|the|an) (invitation|interview|event)\b/,
    /\b(updated|new) invitation\b/,
    /\bsu entrevista (est[aá]|ha sido) (confirmada|programada)/,
    /\bvotre entretien (est|a [eé]t[eé]) (confirm[eé]|pr[eé]vu|programm[eé])/,
    /\bihr (vorstellungs)?gespr[aä]ch (ist|wurde) .{0,20}(best[aä]tigt|geplant|vereinbart)/,
    /\btermin(best[aä]tigung| f[uü]r ihr)/,
  ),
  // Tests and take-homes.
  ...rule(
    'assessment',
    3.5,
    /\b(online |coding |technical |skills? |cognitive |personality |psychometric )?(assessment|test|challenge|exercise) (invitation|link|reminder)\b/,
    /\b(complete|take|start|finish) (the|an|our|your) (\w+ )?(assessment|test|challenge|exercise|case study|assignment)\b/,
    /\b(take[- ]home|coding) (assignment|challenge|exercise|test|task)\b/,
    /\bcase study\b/,
    /\b(hackerrank|codility|codesignal|testgorilla|coderbyte|hirevue)\b/,
    /\bprueba t[eé]cnica\b/,
    /\b(test|exercice) technique\b/,
    /\b(online-?test|eignungstest|fallstudie)\b/,
  ),
  // References.
  ...rule(
    'reference_request',
    4,
    /\b(contact details|names?|information) (of|for) (two|three|2|3|a few|your) (professional )?references\b/,
    /\b(provide|send|share|supply|submit) (us )?(with )?(two |three |2 |3 |a few |your |some )?(professional )?(references|referees)\b/,
    /\breference (check|checks|request|form)\b/,
    /\bwho (can|could|would be able to) (speak|vouch) (to|for) your\b/,
    /\breferencias (laborales|profesionales)\b/,
    /\br[eé]f[eé]rences professionnelles\b/,
    /\breferenzen\b/,
  ),
  ...rule('reference_request', 2.5, /\breferees?\b/, /\b(references?|refrences)\b/),
  // Rejection. Conditional sentences ("if you are not selected…") are set aside before matching.
  ...rule(
    'rejection',
    4,
    /\b(decided|chosen|elected|opted) (not )?to (move|proceed|go) forward with (other|another|a different|candidates)/,
    /\b(decided|chosen) to pursue other candidates\b/,
    /\bnot (be )?(moving|proceeding|going) forward with your (application|candidacy)\b/,
    /\bwill not be (moving|proceeding|taking your application) forward\b/,
    /\b(we|i) (are|am) (sorry|sad|regret) to (inform|let you know|tell you)\b/,
    /\bregret to inform\b/,
    /\b(unfortunately|regrettably|sadly),? (we|the team|the hiring team) (have|has|will not|won't|are not|cannot|can't|did not|didn't|decided)\b/,
    /\b(position|role|vacancy) has (now )?been filled\b/,
    /\bnot (a|the right) (fit|match) (for|at) (this|the) (role|position|time)\b/,
    /\bother candidates whose (experience|skills|background|qualifications)\b/,
    /\bunsuccessful\b/,
    /\b(won't|will not|are not|aren't|not) (be )?(moving|taking) (your (application|candidacy) )?forward\b/,
    /\bnot (been )?(selected|shortlisted) (to (progress|proceed|move)|for (the|this|an|further))/,
    /\b(won't|will not|unable to|not in a position to) (be )?(extend|extending|make|making|offer)(ing)? (you )?(an|the) offer\b/,
    /\b(went|gone|go|proceed(ed)?) with (another|a different|an?other) (candidate|applicant|person)\b/,
    /\b(recommended|selected|hired|chose|offered the (role|position) to) (another|a different) (candidate|applicant)\b/,
    /\b(decided|chosen) (not to (proceed|continue)|to go in a different direction)\b/,
    /\b(role|position|requisition|vacancy) (will not be filled|has been (closed|cancelled|canceled|withdrawn|put on hold))\b/,
    /\b(decidimos|hemos decidido) (avanzar|continuar|seguir) con otra persona\b/,
    /\bnot (quite )?(a|the right|the best|the strongest) (fit|match)\b/,
    /\b(going to|will|have to|decided to) pass\b/,
    /\bpoursuivre avec (un|une) autre (candidat|candidature|profil)/,
  ),
  ...rule(
    'rejection',
    2,
    /\b(another|other) (candidate|applicant)s?\b/,
    /\blamentablemente\b/,
    /\bhemos decidido (continuar|seguir|avanzar) con otros? candidat/,
    /\bno (ha sido|has sido) seleccionad/,
    /\bnous sommes au regret\b/,
    /\bmalheureusement\b/,
    /\b(pas|ne pas) (pu )?(donner suite|retenir|retenue?)\b/,
    /\bleider (m[uü]ssen|k[oö]nnen) wir\b/,
    /\b(absage|nicht ber[uü]cksichtigen|anderen? (kandidat|bewerber))/,
  ),
  // Offer. Specific wording only: "offer" alone is too common (discounts, "we offer").
  ...rule(
    'offer',
    5,
    /\b(pleased|happy|delighted|excited|thrilled) to (extend|offer|make)( you)? (an? |the )?(formal |verbal |written |conditional )?(job |employment )?(offer|position|role)\b/,
    /\b(pleased|happy|delighted|excited|thrilled) to offer you(?! (an? |the )?(interview|call|meeting|chance|opportunity|slot|place|spot))\b/,
    /\b(offer letter|letter of offer|offer of employment|employment offer|job offer|formal offer|contract offer)\b/,
    /\b(extend|extending|extended) (you )?an offer\b/,
    /\b(we'd|we would) (love|like) (to have you|for you to) join\b/,
    /\bwelcome (you )?(aboard|to the team)\b/,
    /\bcongratulations[,!]? (on|you've|you have) .{0,40}(offer|position|role|joining)/,
    /\bnos complace (ofrecerte|ofrecerle)\b/,
    /\boferta (de trabajo|de empleo|laboral)\b/,
    /\bproposition d'embauche\b|\bpromesse d'embauche\b/,
    /\bvous proposer le poste\b/,
    /\b(arbeitsvertrag|vertragsangebot|jobangebot|stellenangebot f[uü]r sie)\b/,
  ),
  // Status updates.
  ...rule(
    'status_update',
    3,
    /\b(still|currently) (reviewing|interviewing|evaluating|considering|assessing|finalizing|finalising)\b/,
    /\b(update|news) on (your|the) (application|candidacy|process|role|position|status|next steps)\b/,
    /\b(expect|hope|plan|aim) to (make|reach|have) (a |our |the |final )?(decision|update)\b/,
    /\b(taking|take) (a bit |slightly |a little )?longer than (expected|planned|anticipated)\b/,
    /\b(timeline|process) (has|have) (shifted|slipped|changed|been delayed)\b/,
    /\bstatus (of your application )?has (changed|been updated)\b/,
    /\b(change|update) to the status of your\b/,
    /\b(log|sign) ?in to (view|see|check) (the )?(status|update|details)\b/,
    /\b(need|needs|taking|take) (a bit |a little |some )?more time\b/,
    /\b(delay|delayed|pushed back|on hold)\b.{0,60}\b(decision|process|hiring|timeline)\b/,
    /\b(decision|update) (by|early|before|in the|within|next)\b/,
    /\bbis ende (n[aä]chster|dieser) woche\b/,
    /\b(outcome|results?|feedback|decision|answer)s? (by|within|in the next|early|before|no later than)\b/,
    /\b(few|couple of) more (days|weeks)\b/,
    /\b(antes del|d'ici (le|la|à))\b/,
    /\bwanted to (keep you|give you an?|let you know where|follow up|check in)\b/,
    /\b(get|come) back to you (by|within|early|next|before|in the)\b/,
    /\bseguimos (revisando|evaluando)\b|\bnous (continuons|sommes toujours en train) d'[eé]tudier\b|\bwir (pr[uü]fen|sichten) noch\b/,
  ),
  // Recruiter outreach.
  ...rule(
    'recruiter_outreach',
    3,
    /\b(came|come) across your (profile|background|resume|cv|work)\b/,
    /\b(your (profile|background|experience) (caught|stood out|looks))/,
    /\b(open|interested) (to|in) (new|exploring|hearing about) (opportunities|roles|a new role|a role)\b/,
    /\bi('m| am) (reaching out|a recruiter|recruiting|working with)\b/,
    /\b(would|might) you be (interested|open) (in|to)\b/,
    /\b(quick|brief|short|15[- ]min(ute)?) (call|chat|conversation)\b/,
    /\bnew message from\b|\binmail\b/,
    /\bon behalf of (my|our) client\b/,
    /\b(what we offer|we can offer|day rate|urgent requirement|direct client|confidential (client|search))\b/,
    /\b(my|our) client (is|are|has)\b/,
    /\b(send|share) (me )?(an? )?(updated|latest|current) (cv|resume)\b/,
    /\b(thought of you|great fit for|happy to refer you)\b/,
    /\bare you (open|available|looking|currently looking)\b/,
    /\b(short|quick|brief) (phone |intro |introductory )?(call|chat)\b/,
    /\b(chat|talk|speak) (with you )?about (a|an|the|this) (role|position|opportunity)\b/,
    /\b(exciting|interesting) (new )?(role|opportunity|position)\b/,
    /\btalent (partner|acquisition|scout)\b/,
  ),
  // Job alerts, digests and career newsletters.
  ...rule(
    'job_alert',
    3.5,
    /\bjob alert\b/,
    /\b(\d+|new) (new )?jobs? (for|matching|in|near|you might|that match)\b/,
    /\bjobs? (you may|you might|we think you('ll| will)) (be interested|like)\b/,
    /\brecommended (jobs|for you|roles)\b/,
    /\bnewsletter\b/,
    /\b(tips|guide|questions|mistakes|ways|secrets) (to|for|you|that)\b.{0,40}\b(interview|job search|resume|cv|salary|career)/,
    /\bhow to (ace|prepare for|nail|answer|negotiate|write)\b/,
    /\b(apply now|see all jobs|view all jobs|more jobs)\b/,
    /\b(weekly|daily|monthly) (selection|roundup|round-up|digest|picks|update|jobs)\b/,
    /\bsaved search\b/,
    /\b\d+ (new )?(jobs|roles|positions|openings|vacancies)\b/,
    /\b(job|career|hiring) (fair|event|expo)\b/,
    /\bsalary (guide|survey|report)\b/,
    /\b(roundup|round-up|digest)\b/,
    /\b(tips|advice) (for|on)\b/,
    /\bnouvelles offres\b|\bs[eé]lection de la semaine\b/,
    /\bofertas de empleo\b|\boffres d'emploi\b|\bneue jobs\b|\bjobangebote f[uü]r\b/,
  ),
];

/**
 * Contexts where "interview" is not a job interview: media, research, admissions. When one
 * appears, interview evidence counts for little and `other` gains.
 */
export const notAJobInterview: RegExp[] = [
  /\b(podcast|episode|our show|on the show|livestream|webinar guest)\b/,
  /\b(journalist|reporter|editor|press|magazine|newspaper|article|story we're writing|for a piece)\b/,
  /\b(user research|research study|usability|participant|participate in (a|our) study|feedback session|about your experience (with|using))\b/,
  /\b(admissions?|university|college|school|mba program|degree program)\b/,
];

/** A sentence that only says what would happen ("if you are not selected…"), not what did. */
export const conditional =
  /\b(if|should|in case|in the event|unless|whether|si|sí|falls|wenn|sollten)\b.{0,80}\b(not|no|unsuccessful|nicht|pas|ne|selected|chosen|move forward|qualif)/;

/**
 * Words that show an email is about work at all. Without any of them, "application
 * received" (a gym, a flat) or a calendar invitation (a neighbours' meeting) is not job mail.
 */
export const jobContext =
  /\b(jobs?|roles?|positions?|vacanc|candida|careers?|hiring|recruit|interview|resume|cv|talent|employ|salary|opening|applicants?|stelle|bewerb|puesto|vacante|poste|emploi|trabajo|empleo|entrevista|entretien|gespr[aä]ch)/;

/** "We won't be extending an offer": an offer word that means the opposite. */
export const negatedOffer =
  /\b(won't|will not|unable to|not in a position to|cannot|can't) (be )?(extend|make|offer)/;
