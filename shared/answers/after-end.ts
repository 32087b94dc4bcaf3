/**
 * "Hvad sker der efter 2016?": the agreement ends on its last day and names no extension. Said
 * in the tense the clock calls for (it runs until / it ran until), with what the steering group
 * should do before the end.
 */
import { agreementHasEnded } from "../agreement/period";
import type { Entities } from "../ask/types";
import { copenhagenNow } from "../format/copenhagen-clock";
import { formatDate } from "../format/dates";
import { type Lang, t } from "../format/lang";
import { textBlock } from "./card";
import type { Composed } from "./composed";
import type { AnswerContext } from "./types";

export function afterEndAnswer(_u: Entities, ctx: AnswerContext, lang: Lang): Composed {
  const a = ctx.agreement;
  const end = formatDate(a.period.end, lang);
  const ended = agreementHasEnded(a, copenhagenNow(ctx.now).date);
  const lines = ended
    ? [
        t(
          lang,
          `Partnerskabsaftalen for ${a.name.da} gjaldt til og med ${end} og er udløbet.`,
          `The ${a.name.en} agreement applied up to and including ${end} and has ended.`,
        ),
        t(
          lang,
          "Den nævner ingen forlængelse; et partnerskab derefter bygger på en ny aftale. Partnerskab har ingen måltal, møder eller påmindelser efter aftalens periode.",
          "It names no extension; a partnership after that rests on a new agreement. Partnerskab has no target figures, meetings or reminders after the agreement's period.",
        ),
      ]
    : [
        t(
          lang,
          `Partnerskabsaftalen for ${a.name.da} gælder til og med ${end} og slutter da.`,
          `The ${a.name.en} agreement applies up to and including ${end} and ends then.`,
        ),
        t(
          lang,
          "Den nævner ingen forlængelse; et partnerskab derefter kræver en ny aftale. Styregruppen bør drøfte forlængelse eller en ny aftale i god tid inden.",
          "It names no extension; a partnership after that needs a new agreement. The steering group should discuss an extension or a new agreement well before then.",
        ),
      ];
  return {
    text: lines.join(" "),
    // One message: the card opens with when the agreement ends, then what follows from it.
    summary: lines[0],
    body: lines.slice(1).map((l) => textBlock(l)),
    figures: false,
  };
}
