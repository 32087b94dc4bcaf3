/** Entry point for `npm run cli -- …` and the `partnerskab` bin. */
import { runCli } from "./run";

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
