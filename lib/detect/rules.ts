/**
 * What we know about job mail's wording before any training, in two parts.
 *
 * Concepts: words grouped by what they mean in hiring mail, in English, Spanish, French and
 * German. The classifier sees a concept as well as the word, so a synonym it never met in
 * training ("regrettably", "leider") still lands near the ones it did. Written from how such
 * emails are worded in general, never from a particular message.
 *
 * Guards: sentences and contexts the decision must respect whatever the model says
 * (conditional sentences, offers that are not offers, interviews that are not job
 * interviews, mail with no word about work).
 */

/** Concept → its words (lower case, as tokens: letters, digits and apostrophes). */
const CONCEPTS: Record<string, string> = {
  regret:
    'unfortunately regret regrettably sadly sorry unsuccessful disappointing lamentablemente desafortunadamente lamentamos malheureusement regrettons désolé leider bedauern bedauerlicherweise helaas infelizmente purtroppo',
  decline:
    "decline declined declining pass passing reject rejected unable cannot can't won't not no longer pursue",
  others:
    'other others another alternative different otros otras outro outros outra outras altri altro autres autre andere anderen anderer',
  candidates:
    'candidate candidates applicant applicants profiles candidacy candidato candidatos candidata candidatura candidat candidats candidature candidati kandidat kandidaten kandidatin kandidaat bewerber bewerberin bewerbung',
  closed:
    'filled closed cancelled canceled withdrawn paused frozen freeze hold eliminated cubierto pourvu besetzt',
  proceed:
    'proceed proceeding progress progressing advance advancing forward continue avanzar continuar poursuivre weiter',
  thanks: 'thank thanks grateful appreciate appreciated gracias merci danke',
  received: 'received receipt submitted recibido recibida reçu reçue erhalten eingegangen',
  review:
    'review reviewing reviewed consider considering consideration evaluating assess assessing revisando étudier prüfen',
  interview:
    'interview interviews interviewing entrevista entretien entretiens gespräch vorstellungsgespräch interview',
  meet: 'chat call conversation meet meeting screen screening catch conversación échange rencontrer telefonat',
  schedule:
    'schedule scheduled scheduling book booked booking reschedule rescheduled confirm confirmed confirmation invite invitation calendar programar agendar planifier confirmer vereinbaren termin',
  availability: 'availability available slots slot times disponibilidad disponibilités verfügbarkeit',
  weekday:
    'monday tuesday wednesday thursday friday mon tue tues wed thu thurs fri lunes martes miércoles jueves viernes lundi mardi mercredi jeudi vendredi montag dienstag mittwoch donnerstag freitag',
  tomorrow: 'tomorrow today tonight mañana demain morgen',
  test: 'assessment assessments test tests exercise challenge assignment take-home case coding hackerrank codility codesignal prueba exercice aufgabe',
  reference: 'reference references referee referees referencias références referenzen',
  offer: 'offer offers offered oferta offre angebot',
  contract:
    'contract salary compensation package start benefits equity bonus contrato salario contrat salaire vertrag gehalt',
  congrats:
    'congratulations congrats delighted thrilled pleased excited felicidades enhorabuena félicitations glückwunsch',
  status: 'status update updates progress timeline delay delayed stage pipeline estado statut',
  outreach: 'profile linkedin background opportunity opportunities client clients role roles perfil profil',
  alert: 'alert alerts recommended matching jobs openings digest new apply hiring',
  unsubscribe: 'unsubscribe preferences newsletter webinar podcast subscribe',
  job: 'job jobs role position opening vacancy puesto vacante poste emploi stelle',
};

/**
 * Phrases that say what an email is, per label, plus three kinds
 * that are not labels: `own` (the user's own voice: "works for me", "I accept"),
 * `hiring_side` (mail to someone who hires: referrals, approvals, scorecards) and `not_job`
 * (orders, appointments, media, promotions). Each one found
 * becomes a feature "this reads like a <label> phrase" that the model weighs: written
 * from how such mail is worded in general (never from a particular message), so a
 * phrasing that no template in the corpus used still counts. Lower case, words only.
 */
export const PHRASES: Record<string, string> = {
  application_received: [
    'candidatura recibida|solicitud recibida|candidature reçue|accusé de réception|bewerbung eingegangen|eingangsbestätigung',
    'track your application|candidate portal|candidate home|view your application|your candidate profile|application id|requisition',
    'next steps in our|what happens next|our recruiting team will|hiring team will review|recruiter will review|if selected|if you are selected|should your profile',
    "we received your|we've received your|we have received your|has been received|was received|confirm receipt|confirming receipt|acknowledge receipt",
    'received your application|your application has been received|application has been submitted|application was submitted',
    'successfully submitted|thank you for applying|thanks for applying|thank you for your application|thanks for your application',
    'we will review your|will be reviewing your|our team will review|review your application|reviewing applications',
    'if your qualifications|if your experience matches|if your profile matches|only shortlisted candidates|only successful candidates',
    'be in touch if|contact you if|hear from us if|we have received|got your cv|got your resume|received your cv|received your resume',
    'application confirmation|application received|application submitted|your application to|your application for',
    'hemos recibido tu|hemos recibido su|gracias por tu candidatura|gracias por su candidatura|nous avons bien reçu|merci pour votre candidature',
    'vielen dank für ihre bewerbung|ihre bewerbung ist|ihre bewerbung wurde|eingang ihrer bewerbung',
  ].join('|'),
  interview_request: [
    "agendar una|coordinar una entrevista|convocarte|convocatoria|planifier un entretien|convenir d'un|einladung zum|einladen|terminvorschläge|terminvorschlag",
    'shortlisted for interview|selected for an interview|selected for interview|invited to interview|invitation to interview|interview invitation',
    'please reply with|please let us know|let us know which|let me know which|let me know when|does next week|early next week|later this week',
    'interview with us|interview for the|to interview you|to meet you|meet with the team|meet the team|get to know you|learn more about you',
    'book an interview|book your interview|book a call|grab a time|use this link|using the link below|calendly link|my calendar link',
    'set up a time|set up an interview|set up a call|arrange an interview|arrange a call|arrange a time|organise an interview|organize an interview',
    'invite you to|like to invite you|like to schedule|like to set up|like to arrange|love to set up|love to schedule',
    'your availability|share your availability|send your availability|let me know your availability|when you are available',
    'what times work|which times work|what time works|times that work|a time that works|find a time|pick a time|book a time|choose a time',
    'schedule a call|schedule an interview|schedule a time|schedule your interview|self schedule|scheduling link|select a slot|book a slot',
    'next round|next stage|next step in|move you forward|moving you forward|advance you to|progress to the|invite you for',
    'first round|phone screen|initial call|intro call|introductory call|a quick chat|a short call|chat with the team|speak with you',
    'would you be available|are you available|could you do|do any of these|any of the following times|the following slots',
    'nos gustaría invitarte|nos gustaría invitarle|disponibilidad para|nous aimerions vous rencontrer|vos disponibilités|wir möchten sie gerne|ihre verfügbarkeit|zu einem gespräch',
    'invitarte a una entrevista|invitarle a una entrevista|vous inviter à un entretien|aimerions vous inviter|vous proposer un entretien|möchten sie einladen|laden sie herzlich|uitnodigen voor een gesprek|invitarla a un colloquio|invitarti a un colloquio',
  ].join('|'),
  interview_scheduled: [
    "confirmación de entrevista|confirmation d'entretien|rendez vous confirmé|bestätigung ihres|einladung bestätigt",
    'new time|new date|updated time|has been moved|been moved to|changed to|instead of',
    "confirmed for|scheduled for|booked for|set for|will take place|takes place|will be held|we'll see you|see you then|see you tomorrow",
    'this is a reminder|friendly reminder|just a reminder|quick reminder|reminder that|your upcoming interview|upcoming interview',
    'organizer|guests|dial in|join by phone|meeting link|video call link|zoom link|teams link|join the meeting',
    "is confirmed for|has been confirmed|is scheduled for|has been scheduled|is booked for|has been booked|you are confirmed|you're confirmed|you're booked|you're all set",
    'interview confirmation|interview details|confirmed interview|calendar invitation|invitation from google calendar|join with google meet|join zoom meeting|join microsoft teams|meeting id',
    'see you on|speak to you on|talk to you on|look forward to meeting you|looking forward to speaking|looking forward to meeting|looking forward to our',
    'updated invitation|new event|event details|has been rescheduled|rescheduled to|moved to|reminder your interview|your interview tomorrow|your interview today',
    "the agenda|your schedule for|you will meet with|you'll be meeting|you will be meeting|please arrive|ask for|at reception|parking",
    'accepted your invitation|has accepted|add to calendar|going yes|reply for',
    'su entrevista está|entrevista confirmada|votre entretien est|entretien confirmé|ihr gespräch ist|termin bestätigt|terminbestätigung',
  ].join('|'),
  assessment: [
    'questions in|minutes long|timed|proctored|webcam|record your answers|recorded answers|practice question',
    'submit your solution|submit your work|deadline to complete|expires in|link expires|link will expire|complete by|complete it by|before the deadline',
    'assessment invitation|assessment reminder|test invitation|your assessment|the assessment|your test|the challenge|the exercise',
    'online assessment|coding challenge|coding test|coding exercise|take home|technical test|technical exercise|skills assessment|skills test',
    'complete the assessment|complete this assessment|complete the test|complete the exercise|complete the challenge|complete the case',
    'personality questionnaire|aptitude test|cognitive test|psychometric test|video interview|recorded video|one way video|on demand interview',
    'case study|work sample|assignment|test link|assessment link|within 72 hours|within 48 hours|within 5 days|time limit|minutes to complete',
    'prueba técnica|ejercicio técnico|test technique|exercice technique|étude de cas|online test|eignungstest|fallstudie|probeaufgabe',
  ].join('|'),
  reference_request: [
    'speak to your|contact your references|reach out to your references|references stage|moving to references|final step is references',
    'provide two|provide three|provide the names|provide contact|details of two|details of three|former managers|previous managers|former supervisors',
    'your references|two references|three references|professional references|contact details for|details of your referees|your referees',
    'reference check|reference checks|references check|reference request|provide references|send references|names of references|list of references',
    'who can speak to|able to speak to|nominate your referees|nominate referees|reference form|references for',
    'referencias laborales|referencias profesionales|références professionnelles|vos références|ihre referenzen|referenzgeber',
  ].join('|'),
  rejection: [
    "infelizmente|não foi selecionado|não foi selecionada|não avançar|outros candidatos|purtroppo|non è stata selezionata|non è stato selezionato|altri candidati|helaas|niet geselecteerd|andere kandidaat|niet verder|no ha resultado|no seguiremos|descartado|pas été sélectionné|n'avons pas retenu|ne sera pas retenue|avons décidé de poursuivre|nicht berücksichtigt|haben uns für|leider nicht|für einen anderen",
    "will not be continuing|not continue with your|not be considered further|no longer be considered|decided to close|closing this search|closed the search|close the search|dispositioned|regret that|we regret|we are unable|i'm afraid|we're afraid|afraid we|bad news|not the news you|not what you were hoping|going to pass|decided to pass|pass on your|not moving ahead|will not proceed|has decided not|have decided not|we've gone with|we went with|we have chosen|filled the role|filled the position|no longer recruiting",
    'decided to proceed with|we will be proceeding with|will be proceeding with other|moved forward with another|moved forward with other|we have filled|position is no longer|role is no longer|has been withdrawn|did not make it|will not be invited|not be invited|not been successful|was not successful|has been unsuccessful|have not been successful',
    'no hemos podido|no ha sido posible|otro candidato|otra candidatura|pas pu donner|autre candidat|un autre profil|nicht weiter|anderen kandidaten|absagen müssen',
    'application was not|application is no longer|status not selected|not selected for',
    'selected a candidate|hired another|filled internally|internal candidate|position was filled|position has now been filled',
    'this time around|on this occasion|thank you for your time and interest',
    "unable to move|unable to proceed|not able to move|cannot offer|can't offer|not offer you|no longer considering",
    "will not be progressing|won't be progressing|not proceed|not be taking|not taking your|closed the position|closed the role|position is closed|role is closed",
    'not to pursue|decided to pursue|pursue candidates|go in a different direction|different direction|other applicants whose|applicants whose',
    'unfortunately we|unfortunately on this|unfortunately you|regret to inform|sorry to inform|sorry to let you know|we are sorry|regretfully',
    "not be moving forward|not moving forward|will not be moving|won't be moving|not to move forward|decided not to|not to proceed|not be proceeding",
    'move forward with other|moving forward with other|proceed with other|pursue other candidates|other candidates whose|another candidate|other applicants',
    'not been selected|not selected|not successful|unsuccessful|not shortlisted|not progress|not to progress|not be progressing|no longer under consideration',
    "unable to offer|not able to offer|won't be offering|not in a position to|not a fit|not the right fit|not a match|closer match|more closely matches|more closely match",
    'position has been filled|role has been filled|has been filled|been closed|been cancelled|been canceled|put on hold|no longer available|no longer hiring',
    'offer to another|offered the position to|accepted an offer|chosen another|selected another|went with another|gone with another|decided to go with',
    'keep your details on file|keep your cv on file|keep your resume on file|future opportunities|wish you the best|best of luck in your|success in your search',
    'lamentablemente|hemos decidido|no ha sido seleccionado|no continuar|malheureusement|pas été retenue|pas retenue|ne pas donner suite|leider|absage|anderen bewerber|nicht berücksichtigen',
  ].join('|'),
  offer: [
    'queremos ofrecerte|ofrecerte la posición|ofrecerte el puesto|nous souhaitons vous proposer|vous proposer un contrat|wir freuen uns, ihnen|ihnen die stelle',
    'temos o prazer|proposta de trabalho|proposta de emprego|siamo lieti di offrirti|proposta di assunzione|lettera di assunzione|aanbod|arbeidsovereenkomst|we bieden je|we willen je graag aannemen|arbeidsvertrag|angebot unterbreiten',
    "we'd love you to join|would love to have you|excited to have you join|love to have you on|want you on the team|offer call|formally offer|officially offer|pleased to confirm your appointment|confirm your appointment|appointment letter|letter of appointment|contract of employment|employment contract",
    'te ofrecemos|ofrecerte el puesto|vous proposer le poste|vous offrir|ihnen anbieten|angebot für|zusage',
    'join us as|join our team as|join the team as|your first day|first day of work|onboarding|new hire|compensation|salary of|per annum|hourly rate',
    'accept and sign|sign and return|docusign|e sign|esign|countersign|countersigned|signature request|signing request',
    'an offer|the offer|our offer|formal job offer|offer package|offer pack|offer portal|offer is contingent',
    'pleased to offer|happy to offer|delighted to offer|excited to offer|thrilled to offer|pleased to extend|happy to extend|delighted to extend',
    'offer of employment|offer letter|job offer|employment offer|formal offer|verbal offer|written offer|conditional offer|contingent offer|your offer',
    'extend you an offer|extend an offer|make you an offer|review and sign|sign your offer|accept the offer|accept your offer|offer details',
    'start date|base salary|annual salary|compensation package|welcome to the team|welcome aboard|congratulations on your offer|congratulations you',
    "nos complace ofrecerte|oferta de empleo|oferta de trabajo|carta oferta|promesse d'embauche|proposition d'embauche|vertragsangebot|arbeitsvertrag|jobangebot",
  ].join('|'),
  status_update: [
    'next few days|next couple of weeks|next week or so|coming weeks|by end of|by the end of|no later than|timeline|approval',
    'your application has moved|moved to the next|status changed|status has changed|new status|action required|action needed|please complete',
    "you're still|you are still|still in process|hiring manager is reviewing|with the hiring manager|hiring team is reviewing|reviewing your profile",
    'wanted to give you an update|quick update|an update on|provide an update|update you on|keep you in the loop|keep you informed|where things stand',
    'still reviewing|still interviewing|still evaluating|still considering|currently reviewing|under review|in review|being reviewed|is being considered',
    'update on your application|status of your application|application status|status update|your application was viewed|viewed your application',
    'taking longer than|more time|delayed|been delayed|pushed back|on hold|paused|decision by|decision within|decision early|update by|hear back by',
    'expect to make a decision|expect a decision|hope to have|aim to have|plan to make|will update you|keep you updated|keep you posted|get back to you by',
    'complete your application|incomplete application|missing documents|upload your|background check|background screening|passed to the hiring manager|shared with the hiring manager',
    'still in the running|still in consideration|still under consideration|remain under consideration|re opened|reopened',
    "seguimos revisando|en revisión|en proceso|en cours d'étude|toujours en cours|in prüfung|wir prüfen|noch in bearbeitung",
  ].join('|'),
  recruiter_outreach: [
    'would love to tell you|love to chat|happy to share more|share more details|worth a conversation|open to a conversation|are you looking',
    'day rate|contract role|permanent role|remote role|hybrid role|salary range|base plus|package of',
    "new opportunity|role i'm working on|role i am working on|position i'm recruiting|i'm hiring|we're hiring for|hiring for a",
    'i came across|i noticed your|i saw your|i found your|your experience with|your work at|your background in|based on your background',
    'came across your|come across your|your profile caught|your background caught|your experience caught|impressed by your profile|saw your profile',
    'open to new|open to hearing|open to exploring|interested in exploring|would you be interested|might be interested|are you open|are you currently',
    "quick chat|quick call|brief chat|15 minute|15 min|reaching out|i'm reaching out|i am reaching out|i'm a recruiter|i am a recruiter|recruiting for",
    'my client|our client|on behalf of|confidential client|confidential search|exciting opportunity|exciting role|great fit|a role that|opportunity that',
    "just following up|bumping this|following up on my|circling back|any interest|let me know if you're interested|updated cv|updated resume",
    'he visto tu perfil|tu perfil|votre profil|ihr profil|auf ihr profil|spannende position',
  ].join('|'),
  job_alert: [
    'newsletter|this week in|read more|read the full|register now|save your seat|free course|enroll|enrol',
    "manage alerts|edit alert|alert settings|email preferences|you are receiving|you're receiving|because you subscribed",
    'jobs near|jobs in|new job|new jobs for|job recommendations|jobs picked|picked for you|top picks|matches for|new matches|new match',
    'job alert|jobs for you|new jobs|jobs matching|jobs that match|recommended jobs|recommended for you|jobs you may|jobs you might|you may be interested',
    'is hiring|are hiring|now hiring|see all jobs|view all jobs|see more jobs|more jobs|apply now|easy apply|saved search|your search',
    'weekly digest|daily digest|top jobs|new openings|new roles|similar jobs|companies you follow|based on your profile|based on your preferences',
    'interview tips|career advice|career tips|resume tips|cv tips|how to answer|questions to ask|salary guide|job search tips|career fair|hiring event|webinar',
    "ofertas de empleo|nuevas ofertas|offres d'emploi|nouvelles offres|neue jobs|passende jobs|stellenangebote",
  ].join('|'),
  hiring_side: [
    'your referral|you referred|thanks for referring|thank you for referring|referral bonus|referral status|refer a friend',
    'approve the offer|offer approval|approval request|approved by|pending your approval|awaiting your approval|requisition approval|headcount',
    'scorecard|submit your feedback|interview feedback form|interview kit|you are interviewing|scheduled to interview|as an interviewer|your interview panel|candidate profile attached|shortlist of candidates',
  ].join('|'),
  own: [
    'my references|my referees|please find my|attached my|my resume|my cv',
    "could you share any feedback|any feedback you|i would appreciate feedback|i'd appreciate|just checking in|following up on my application|i applied",
    "i accept|i'm delighted to accept|happy to accept|pleased to accept|i must decline|i have decided to|i've decided to|withdraw my application|withdraw from",
    "works for me|work for me|i am available|i'm available|my availability|i can do|i could do|that time works|happy to confirm|i confirm",
    'thank you for the opportunity|thanks for the opportunity|thank you for taking the time|thanks for taking the time|thank you for meeting|thank you for speaking',
    "i wanted to|i would like to|i'd like to|i am writing|i'm writing|i am excited|i'm excited|i appreciate|i really enjoyed|i enjoyed",
  ].join('|'),
  not_job: [
    'off|discount|sale|promo|coupon|deal|limited time|exclusive offer|special offer|free trial|upgrade',
    'podcast|episode|listeners|journalist|reporter|article|participants|survey|research|admissions|scholarship|tuition',
    'appointment|dentist|doctor|clinic|prescription|booking|reservation|flight|hotel|tickets|rsvp|party|dinner|birthday|weekend',
    'your order|order number|tracking number|has shipped|delivery|receipt|invoice|payment|statement|balance|subscription|renewal|password|verify your',
  ].join('|'),
};

/**
 * Concepts that, met together in one statement (not a conditional), say a decision in
 * words we may never have listed: "we have decided to continue with other candidates",
 * "another applicant has been selected", "unfortunately we'll pass", "the position has
 * been filled". They count as a known phrase for the label (they open its gate in
 * classify.ts; the model still has to favour the label).
 */
export const DECISION_SHAPES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  rejection: [
    ['others', 'candidates'],
    ['regret', 'decline'],
    ['regret', 'candidates'],
    ['regret', 'others'],
    ['regret', 'closed'],
    ['decline', 'proceed'],
    ['closed', 'job'],
  ],
};

/** Word → concept. */
export const conceptOf: ReadonlyMap<string, string> = new Map(
  Object.entries(CONCEPTS).flatMap(([concept, list]) =>
    list.split(' ').map((word) => [word, concept] as const),
  ),
);

/**
 * Contexts where "interview" is not a job interview: media, research, admissions. Only
 * words that rarely name an employer or a dial-in detail count ("Cedar University" hires,
 * and "participant PIN" is how phone bridges speak), and only beside the interview itself.
 */
const NOT_A_JOB_CONTEXT =
  /\b(?:podcast|episode|our show|on the show|livestream|webinar guest|journalist|reporter|magazine|newspaper|article|for a piece|story we're writing|user research|research study|usability|research participants?|participate in (?:a|our) study|our study|feedback session|about your experience (?:with|using)|admissions?|mba program|degree program|scholarship|fellowship|thesis|dissertation)\b/;
const INTERVIEW_WORD = /\b(?:interview|entrevista|entretien|gespr[aä]ch)/;

/**
 * The media, research or admissions word that makes this interview not a job interview:
 * in the same line as the interview, or in the subject (which names what the mail is about).
 * Lines are lower case; the first is the subject.
 */
export function notAJobInterview(lines: readonly string[]): string | null {
  if (!lines.some((line) => INTERVIEW_WORD.test(line))) return null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const context = NOT_A_JOB_CONTEXT.exec(line);
    if (context && (i === 0 || INTERVIEW_WORD.test(line))) return context[0];
  }
  return null;
}

/** A sentence that only says what would happen ("if you are not selected…"), not what did. */
export const conditional =
  /\b(if|should|in case|in the event|unless|whether|si|sí|falls|wenn|sollten)\b.{0,80}(\b(not|no|unsuccessful|nicht|pas|ne|selected|chosen|move forward|qualif|hear|heard)\b|n't\b)/;

/**
 * Words that show an email is about work at all. Without any of them, "application
 * received" (a gym, a flat) or a calendar invitation (a neighbours' meeting) is not job mail.
 * "Applicant" and "opening" are not among them: flats, loans and shops have both.
 */
export const jobContext =
  /\b(jobs?|roles?|positions?|vacanc|candida|careers?|hiring|hire[ds]?\b|recruit|interview|resume|cv\b|talent|employ|salary|compensation|per annum|base pay|equity|benefits|start date|onboarding|offer letter|intern(?:ship)?s?\b|join (?:us|our team|the team)|stelle|bewerb|puesto|vacante|poste|emploi|trabajo|empleo|entrevista|entretien|gespr[aä]ch|sollicit|posizion|posição|função|funzione|assunzione|rémunération|remuneração|retribuzione)/;

/**
 * "This is not a rejection", "you haven't been turned down": the sender says in words that
 * the application goes on (a role on hold, a delay), whatever else sounds like an ending.
 */
export const deniedRejection =
  /\b(?:(?:is|this is) not a (?:rejection|no)|(?:isn't|is not) a (?:rejection|no)|(?:have not|haven't|has not|hasn't) been (?:turned down|rejected|declined|ruled out|unsuccessful)|not been turned down|(?:application|candidacy) (?:remains|stays|is still) (?:active|open|live)|keep your place)/;

/**
 * Mail to someone on the hiring side (the user as a referrer, an interviewer or a hiring
 * manager): an offer to approve or a referral's news is not the user's own outcome.
 */
export const hiringSide =
  /\b(?:approve (?:the|this) offer|offer approval|pending your approval|awaiting your approval|thanks for referring|thank you for referring|your referral (?:of|for)|referral bonus|submit your (?:interview )?feedback|scorecard|approvals? complete|approved the offer|accepted the offer for|has joined as)\b/;

/** "We won't be extending an offer": an offer word that means the opposite. */
export const negatedOffer =
  /\b(won't|will not|unable to|not in a position to|cannot|can't) (be )?(extend|make|offer)/;
