/**
 * `npm run bot`: the Teams bot alone, listening on PORT (3978) for the Bot Framework.
 * Settings come from bot/config/, every real dependency from bot/composition-root.ts.
 */
import { closeOnSignals, LaunchError, launchBot } from "./launch";
import { createLogger } from "./log";

const logger = createLogger();
try {
  const { bot, config, trackerReady } = await launchBot(process.env, logger);
  logger.info(
    {
      url: `${bot.url}/api/messages`,
      health: `${bot.url}/healthz`,
      tracker: config.tracker.source === "graph" ? "Microsoft Graph" : config.tracker.file,
      // False: started without the figures (Graph unreachable; launch logged why); answers come once a read succeeds.
      trackerReady,
      clockStartsAt: config.clock.startAt?.toISOString() ?? "real time",
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
