/**
 * Phrases more than one reader needs: talk of an interview, of a decision, of a deadline,
 * and invitations to check back. (Each reader keeps its own single-use phrases.)
 */
import { words } from './regex-words';

export const INTERVIEW_WORDS = words(
  'interview(?:s|ing)?|call|talk|speak|phone screen|screen(?:ing)?|meeting|chat|conversation|on-?site|video ?call|session|invite|invitation|entretien|rendez-vous|échange|appel|visio(?:conférence)?|entrevista|reunión|llamada|videollamada|(?:vorstellungs|kennenlern|telefon)?gespräch|termin|telefonat|videocall|zoom|teams|google meet',
);

export const DECISION_WORDS = words(
  "decide|decided|decision|decisions|get back to you|(?:will|'ll|shall) (?:contact|reach out to|e-?mail|call|write to) you|come back to you|circle back|revert|let you know|hear from us|hear back|hear from me|heard from us|heard back|next steps?|update|updates|feedback|outcome|respond|response|inform you|notify you|be in touch|get in touch with you|finali[sz]e|wrap up|décision|décider|revenir vers vous|reviendr(?:ons|ai|a) vers vous|reviendr(?:ons|ai) vers toi|tenir informée?s?|vous informer|faire signe|retour|réponse|répondr(?:e|ons|ai|a)|(?:re)?contacter(?:ons|ai|a)|prochaines étapes|entscheidung|entscheiden|rückmeldung|melden uns|melde mich|bescheid|informieren|nächsten schritte|zurückkommen|kontaktieren sie|(?:wir|ich) (?:werden|werde) sie kontaktieren|decisión|decidir|respuesta|informaremos|comunicaremos|volveremos a (?:contactar|escribir)|pondremos en contacto|contactaremos|escribiremos|daremos (?:una )?respuesta|próximos pasos|novedades|noticias",
);

export const DEADLINE_WORD = words(
  'by|until|before|within|no later than|latest|d.ici|avant|au plus tard|bis|spätestens|vor|antes|hasta|dentro',
);

export const CHECK_BACK = words(
  "feel free to (?:reach out|follow up|check (?:back|in)|get in touch|contact|ping|email|e-mail|write)|check back|follow up with me|reach out (?:again )?(?:on|after|next|in|if)|(?:please )?(?:touch base|ping me)|if you (?:haven't|have not) heard|n'hésite[zr]? pas à (?:me |nous )?(?:relancer|recontacter|contacter|revenir)|vous pouvez (?:me |nous )?relancer|(?:melden|wenden) sie sich (?:gerne|gern)|gerne nachfragen|können sie (?:gerne |gern )?nachfragen|no dude[ns]? en (?:contactar|escribir)|puede[s]? (?:escribirme|contactarme|contactarnos)",
);
