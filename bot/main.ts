/**
 * `npm run bot`: the Teams bot alone, listening on PORT (3978) for the Bot Framework.
 * The composition root: every real dependency is chosen here (or in launch.ts).
 */
import { closeOnSignals, LaunchError, launchBot } from "./launch";
import { createLogger } from "./log";

const logger = createLogger();
try {
  const { bot, config, trackerSource, trackerReady } = await launchBot(process.env, logger);
  logger.info(
    {
      url: `${bot.url}/api/messages`,
      health: `${bot.url}/healthz`,
      tracker: trackerSource === "graph" ? "Microsoft Graph" : config.trackerFile,
      // False: started without the figures (Graph unreachable; launch logged why); answers come once a read succeeds.
      trackerReady,
      clockStartsAt: config.startAt?.toISOString() ?? "real time",
      authenticated: !!config.credentials,
    },
    `bot listening on ${bot.url}/api/messages`,
  );
  closeOnSignals(() => bot.close());
} catch (err) {
  if (!(err instanceof LaunchError)) throw err;
  process.stderr.write(`partnerskab bot: ${err.message}\n`);
  process.exitCode = 1;
}
