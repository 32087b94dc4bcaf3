/**
 * The answer engine as the bot core sees it: understanding a message and answering it, both
 * pure functions from shared/. A port so that tests can put a failing engine in and see the
 * bot apologise instead of falling silent.
 */
import type { Answer, AnswerContext, Understanding, UnderstandOptions } from "../../shared/index";

export interface AnswerEngine {
  understand(text: string, context: UnderstandOptions): Understanding;
  answer(understanding: Understanding, context: AnswerContext): Answer;
}
