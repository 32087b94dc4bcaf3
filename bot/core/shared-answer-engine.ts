/** The answer engine from shared/: the same understanding and answers the CLI's `ask` gives. */
import { composeAnswer, understand } from "../../shared/index";
import type { AnswerEngine } from "./answer-engine";

export const sharedAnswerEngine: AnswerEngine = {
  understand: (text, context) => understand(text, context),
  answer: (understanding, context) => composeAnswer(understanding, context),
};
