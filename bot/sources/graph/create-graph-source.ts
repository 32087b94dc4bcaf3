/** Wires the Graph tracker source from its configuration: token, client, parser. */

import type { GraphConfig } from "../../config/index";
import type { Clock, Logger } from "../../core/ports";
import { createGraphApi } from "./graph-api";
import { GraphTrackerSource } from "./graph-tracker-source";
import { clientSecretTokenProvider, type TokenProvider } from "./token-provider";
import { workbookInterpreter } from "./workbook-interpreter";

export interface GraphSourceDeps {
  clock: Clock;
  logger: Logger;
  /** AGREEMENT: overrides the workbook's `Aftale` sheet. */
  agreement?: string | undefined;
  /** Instead of client credentials (tests of the source alone). */
  tokens?: TokenProvider;
  elapsed?: () => number;
}

export function createGraphTrackerSource(config: GraphConfig, deps: GraphSourceDeps): GraphTrackerSource {
  const api = createGraphApi(config, deps.tokens ?? clientSecretTokenProvider(config));
  return new GraphTrackerSource({
    api,
    config,
    clock: deps.clock,
    logger: deps.logger,
    interpret: workbookInterpreter(deps.agreement, deps.logger),
    ...(deps.elapsed ? { elapsed: deps.elapsed } : {}),
  });
}
