/**
 * `npm start`: the main job on the bundled defaults. Until the bot lands this prints the
 * Amager agreement and its targets.
 */
import { runCli } from "../cli/run";

const io = { out: (t: string) => process.stdout.write(t), err: (t: string) => process.stderr.write(t) };
const code = (await runCli(["agreement"], io)) || (io.out("\n"), await runCli(["targets"], io));
process.exitCode = code;
