/**
 * `npm start`: the bot and the Microsoft 365 Agents Playground pointed at it, for trying the bot
 * locally without Teams, a tenant or a tunnel. Ctrl-C stops both.
 *
 * The sample tracker is the Amager agreement's (2013–2016), so unless PARTNERSKAB_NOW says
 * otherwise the clock starts on 1 September 2016 and "this year" means 2016.
 */
import { LaunchError, launchBot } from "../bot/launch";
import { createLogger } from "../bot/log";
import { startPlayground } from "./playground";

const DEMO_NOW = "2016-09-01T09:00:00+02:00";
const say = (line = "") => process.stdout.write(`${line}\n`);

const env = { ...process.env };
const demoClock = !env.PARTNERSKAB_NOW?.trim();
if (demoClock) env.PARTNERSKAB_NOW = DEMO_NOW;

try {
  // Quiet logs here: the console is for the newcomer; warnings and faults still show.
  const { bot } = await launchBot(env, createLogger(process.env.LOG_LEVEL ?? "warn"));
  const playground = await startPlayground({
    botEndpoint: `http://localhost:${bot.port}/api/messages`,
    ...(env.PLAYGROUND_PORT ? { port: Number(env.PLAYGROUND_PORT) } : {}),
  }).catch(async (err) => {
    await bot.close();
    throw err;
  });

  say(`Partnerskab bot:        ${bot.url}/api/messages (health: ${bot.url}/healthz)`);
  if (demoClock) say(`Clock:                  starts at ${DEMO_NOW} (inside the sample agreement's period; set PARTNERSKAB_NOW to change)`);
  else say(`Clock:                  starts at ${env.PARTNERSKAB_NOW}`);
  say(`Agents Playground:      open ${playground.url} in a browser`);
  say();
  say("Try: Hvordan går det med indbrud i forhold til måltallet for 2015?");
  say("     How are burglaries doing against the 2015 target?");
  say();
  say("Ctrl-C stops both.");

  // Ctrl-C reaches the playground too (same process group); only an exit on its own is a fault.
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    Promise.allSettled([playground.close(), bot.close()]).finally(() => process.exit(code));
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  playground.process.once("exit", (code) => {
    setTimeout(() => {
      if (stopping) return;
      process.stderr.write(`the Agents Playground stopped (code ${code}); stopping the bot\n`);
      stop(1);
    }, 300);
  });
} catch (err) {
  if (!(err instanceof LaunchError) && !(err instanceof Error && err.message.startsWith("the Agents Playground"))) throw err;
  process.stderr.write(`npm start: ${err.message}\n`);
  process.exitCode = 1;
}
