/**
 * What Teams receives for a message of ours: a text alone, or the Adaptive Card alone with the
 * text as the activity's summary (its notification line). Never both: a text above the card
 * would repeat the card's words, which is how reminders read twice before.
 */
import { describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../bot/core/ports";
import { activityFor } from "../../bot/teams/address";

const card = {
  type: "AdaptiveCard" as const,
  version: "1.5" as const,
  body: [{ type: "TextBlock", text: "Indbrud 2015: 58 anmeldelser" }],
};

describe("a message as a Teams activity", () => {
  it("a text is the activity's text", () => {
    expect(activityFor({ text: "Selv tak!" })).toEqual({ type: "message", text: "Selv tak!" });
  });

  it("a card is sent alone, the text as its summary, with no text above it", () => {
    const message: OutgoingMessage = { text: "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62.", card };
    const activity = activityFor(message);
    expect(activity).toEqual({
      type: "message",
      summary: "Indbrud 2015: 58 anmeldelser mod måltallet på højst 62.",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
    });
    expect(activity).not.toHaveProperty("text");
  });
});
