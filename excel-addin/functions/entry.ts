/** functions.js: loaded by the shared runtime's page; registers the custom functions with Excel. */
import { registerCustomFunctions } from "./functions";

registerCustomFunctions();
