// Preloaded (node --import) into a CLI child process by the memory tests: on exit it writes the
// process's peak resident memory to stderr as its last line, for the test to read.
process.on("exit", () => process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
