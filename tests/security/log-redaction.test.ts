/** The logger itself: whatever a log call hands it, no secret and no more than 200 characters of a text get out. */
import { describe, expect, it } from "vitest";
import { createLogger } from "../../bot/log";
import { memoryDestination } from "./fixtures";

const ENV = {
  MicrosoftAppPassword: "Xy7~app-password-0123456789",
  GRAPH_CLIENT_SECRET: "graph~secret~0123456789abc",
  AZURE_STORAGE_CONNECTION_STRING:
    "DefaultEndpointsProtocol=https;AccountName=pk;AccountKey=QUJDREVGR0hJSktMTU5PUA==;EndpointSuffix=core.windows.net",
  LOG_LEVEL: "info",
};

describe("createLogger", () => {
  it("scrubs secret values, secret fields, keys in connection strings and bearer tokens, wherever they are", () => {
    const out = memoryDestination();
    const log = createLogger("info", { destination: out, env: ENV });
    const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
    log.error(
      {
        err: new Error(`login failed for ${ENV.MicrosoftAppPassword}`),
        request: { headers: { Authorization: `Bearer ${jwt}`, "x-custom": "ok" } },
        config: { clientSecret: "literal-secret-value", connection: "BlobEndpoint=x;AccountKey=ZGlmZmVyZW50LWtleQ==;" },
        nested: [{ deeper: { note: `token was ${jwt}` } }],
      },
      `graph said ${ENV.GRAPH_CLIENT_SECRET}`,
    );
    const text = out.lines.join("");
    for (const secret of [
      ENV.MicrosoftAppPassword,
      ENV.GRAPH_CLIENT_SECRET,
      "QUJDREVGR0hJSktMTU5PUA==",
      "ZGlmZmVyZW50LWtleQ==",
      jwt,
      "literal-secret-value",
    ]) {
      expect(text).not.toContain(secret);
    }
    const [line] = out.parsed();
    expect((line?.request as { headers?: Record<string, string> } | undefined)?.headers).toEqual({
      Authorization: "[redacted]",
      "x-custom": "ok",
    });
    expect(line?.msg).toBe("graph said [redacted]");
    expect((line?.err as { message?: string } | undefined)?.message).toBe("login failed for [redacted]");
  });

  it("cuts every string to 200 characters, in fields, arrays, errors and the message", () => {
    const out = memoryDestination();
    const log = createLogger("info", { destination: out, env: {} });
    const long = "Hvordan går det med indbrud? ".repeat(200);
    log.warn({ text: long, list: [long], err: new Error(long) }, long);
    const [line] = out.parsed();
    const strings: string[] = [];
    // Stacks keep their code locations (several lines) but lose the message line.
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "stack") walk(x);
    };
    walk(line);
    expect(strings.filter((s) => s.startsWith("Hvordan"))).toHaveLength(4);
    for (const s of strings) expect(s.replace(/…\[\+\d+ chars\]$/, "").length).toBeLessThanOrEqual(200);
    expect(out.lines.join("")).not.toContain(long.slice(0, 201));
    expect((line?.err as { stack?: string } | undefined)?.stack).not.toContain("Hvordan");
    expect(line?.text).toMatch(/…\[\+5600 chars\]$/);
  });
});
