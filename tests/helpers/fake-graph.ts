/**
 * A fake Microsoft Graph on 127.0.0.1 for the Graph source's tests, with a fake Microsoft
 * identity platform beside it:
 * - login (https, a throwaway self-signed certificate made with openssl, since MSAL refuses
 *   plain http): the OpenID configuration and the client-credentials token endpoint;
 * - Graph (http): a drive item with an eTag in a folder, its workbook's sheets as
 *   `usedRange(valuesOnly=true)` (dates as Excel serial numbers and the range trimmed to the used
 *   cells, as Graph does; `$select=address` leaves the values out) and as `range(address='A1:C3')`,
 *   other files in the item's folder (by path, and their content), a calendarView paged with
 *   @odata.nextLink, and JSON batching (/$batch).
 * It counts every request by path, and can change the eTag, throttle (429/503 + Retry-After) and
 * fail (503 on everything, connections refused, or connections left hanging).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type GraphConfig, loadConfig } from "../../bot/config/index";
import { type CellValue, type Grid, toCopenhagen, type WorkbookGrids } from "../../shared/index";

export interface FakeEvent {
  subject: string;
  /** UTC instants, e.g. "2015-03-05T08:00:00Z" */
  start: string;
  end: string;
  categories?: string[];
  isCancelled?: boolean;
  isAllDay?: boolean;
  location?: string;
}

export interface FakeGraphOptions {
  workbook: WorkbookGrids;
  /** Other files in the tracker's folder, by name: their content. */
  folder?: Record<string, string>;
  events?: FakeEvent[];
  /** Calendar page size (Graph pages at its own pace; small pages exercise @odata.nextLink). */
  pageSize?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path below the version root (or the login path), without the query. */
  path: string;
  /** True for the parts of a /$batch, which are not HTTP requests of their own. */
  inBatch: boolean;
}

type Outage = "503" | "refused" | "hang" | undefined;

const TENANT = "11111111-2222-3333-4444-555555555555";
const CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const CLIENT_SECRET = "fake-secret-for-tests";
const DRIVE_ID = "b!fakeDrive_Amager";
const ITEM_ID = "01FAKEITEMTRACKER";
const GROUP_ID = "99999999-8888-7777-6666-555555555555";
const FOLDER_ID = "01FAKEFOLDERPARTNERSKAB";

let certificate: { key: string; cert: string; caFile: string } | undefined;
function selfSignedCertificate() {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), "fake-login-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ].concat(["-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")]),
    { stdio: "ignore" },
  );
  certificate = {
    key: readFileSync(join(dir, "key.pem"), "utf8"),
    cert: readFileSync(join(dir, "cert.pem"), "utf8"),
    caFile: join(dir, "cert.pem"),
  };
  return certificate;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell as Graph's `values` gives it: dates as serial numbers, empty cells as "". */
export function graphCell(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  return v;
}

function columnLetters(col0: number): string {
  let n = col0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The values of a range such as A1:C3 as Graph gives them: the whole rectangle, "" where empty. */
export function rangeValues(grid: Grid, address: string): (string | number | boolean)[][] | undefined {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address.toUpperCase());
  if (!m?.[1] || !m[2]) return undefined;
  const [c0, r0] = [columnNumber(m[1]) - 1, Number(m[2]) - 1];
  const [c1, r1] = [columnNumber(m[3] ?? m[1]) - 1, Number(m[4] ?? m[2]) - 1];
  return Array.from({ length: r1 - r0 + 1 }, (_, r) =>
    Array.from({ length: c1 - c0 + 1 }, (_, c) => graphCell(grid[r0 + r]?.[c0 + c] ?? null)),
  );
}

/** The used range's address alone (for `$select=address`), without building its values: cheap for a sparse, huge grid. */
export function usedAddress(name: string, grid: Grid): string {
  let [r0, r1, c0, c1] = [-1, -1, Number.POSITIVE_INFINITY, -1];
  grid.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (graphCell(v) === "") return;
      if (r0 < 0) r0 = r;
      r1 = r;
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    });
  });
  const quoted = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  return r0 < 0 ? `${quoted}!A1` : `${quoted}!${columnLetters(c0)}${r0 + 1}:${columnLetters(c1)}${r1 + 1}`;
}

/** The used range as Excel reports it: leading empty rows and columns left out, the address saying where it starts. */
export function usedRange(name: string, grid: Grid): { address: string; values: (string | number | boolean)[][] } {
  const rows = grid.map((r) => r.map(graphCell));
  const filled = (v: string | number | boolean) => v !== "";
  const rowIdx = rows.map((r, i) => (r.some(filled) ? i : -1)).filter((i) => i >= 0);
  const colIdx = rows.flatMap((r) => r.map((v, j) => (filled(v) ? j : -1)).filter((j) => j >= 0));
  const quoted = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  if (rowIdx.length === 0) return { address: `${quoted}!A1`, values: [[""]] };
  const [r0, r1] = [Math.min(...rowIdx), Math.max(...rowIdx)];
  const [c0, c1] = [Math.min(...colIdx), Math.max(...colIdx)];
  const values = rows.slice(r0, r1 + 1).map((r) => Array.from({ length: c1 - c0 + 1 }, (_, j) => r[c0 + j] ?? ""));
  return { address: `${quoted}!${columnLetters(c0)}${r0 + 1}:${columnLetters(c1)}${r1 + 1}`, values };
}

function graphError(status: number, code: string, message: string) {
  return { status, body: { error: { code, message } } };
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The body is sent as it is (a file's bytes), not as JSON. */
  raw?: boolean;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c) => {
      data += c;
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, { "content-type": "application/json", ...(answer.headers ?? {}) });
  res.end(answer.raw ? String(answer.body) : JSON.stringify(answer.body));
}

/** Outlook's event time, in UTC or in Copenhagen time as the Prefer header asks. */
function eventTime(instant: string, zone: "UTC" | "Romance Standard Time") {
  const d = new Date(instant);
  if (zone === "UTC") return { dateTime: `${d.toISOString().slice(0, 19)}.0000000`, timeZone: "UTC" };
  const l = toCopenhagen(d);
  const p = (n: number) => String(n).padStart(2, "0");
  return { dateTime: `${l.year}-${p(l.month)}-${p(l.day)}T${p(l.hour)}:${p(l.minute)}:${p(l.second)}.0000000`, timeZone: zone };
}

export class FakeGraph {
  readonly tenantId = TENANT;
  readonly clientId = CLIENT_ID;
  readonly clientSecret = CLIENT_SECRET;
  readonly driveId = DRIVE_ID;
  readonly itemId = ITEM_ID;
  readonly groupId = GROUP_ID;
  readonly folderId = FOLDER_ID;
  readonly requests: RecordedRequest[] = [];
  tokenRequests = 0;
  /** Requests turned away for a missing or unknown bearer token. */
  unauthorized = 0;

  private workbook: WorkbookGrids;
  private events: FakeEvent[];
  private folder: Record<string, string>;
  private version = 1;
  private readonly issuedTokens = new Set<string>();
  private throttles: { status: number; retryAfter: string; inBatch: boolean }[] = [];
  private outage: Outage;
  private readonly sockets = new Set<Socket>();
  private graphPort = 0;
  private loginPort = 0;
  private graph!: Server;
  private login!: Server;

  private constructor(private readonly options: FakeGraphOptions) {
    this.workbook = options.workbook;
    this.events = options.events ?? [];
    this.folder = options.folder ?? {};
  }

  static async start(options: FakeGraphOptions): Promise<FakeGraph> {
    const fake = new FakeGraph(options);
    await fake.listen();
    return fake;
  }

  get graphUrl(): string {
    return `http://127.0.0.1:${this.graphPort}/v1.0`;
  }
  get authorityHost(): string {
    return `https://127.0.0.1:${this.loginPort}`;
  }
  get caFile(): string {
    return selfSignedCertificate().caFile;
  }
  get eTag(): string {
    return `"{3F2504E0-4F89-11D3-9A0C-0305E82C3301},${this.version}"`;
  }

  /** The Graph settings the bot reads from env(extra). */
  config(extra: Record<string, string> = {}): GraphConfig {
    const { tracker } = loadConfig(this.env(extra));
    if (tracker.source !== "graph") throw new Error("env() should ask for TRACKER_SOURCE=graph");
    return tracker.graph;
  }

  /** The environment that points the bot's Graph source here. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      TRACKER_SOURCE: "graph",
      GRAPH_TENANT_ID: TENANT,
      GRAPH_CLIENT_ID: CLIENT_ID,
      GRAPH_CLIENT_SECRET: CLIENT_SECRET,
      GRAPH_DRIVE_ID: DRIVE_ID,
      GRAPH_ITEM_ID: ITEM_ID,
      GRAPH_GROUP_ID: GROUP_ID,
      GRAPH_BASE_URL: this.graphUrl,
      GRAPH_AUTHORITY_HOST: this.authorityHost,
      GRAPH_CA_FILE: this.caFile,
      ...extra,
    };
  }

  /** HTTP requests that reached Graph (a batch counts once). */
  graphRequests(): RecordedRequest[] {
    return this.requests.filter((r) => !r.inBatch);
  }
  /** Requests by path, batch parts included, e.g. {"/$batch": 2, "/drives/…/items/…": 1}. */
  countsByPath(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.requests) counts[r.path] = (counts[r.path] ?? 0) + 1;
    return counts;
  }
  /** How many times the item's metadata was asked for (in a batch or not). */
  metadataRequests(): number {
    return this.requests.filter((r) => r.path === `/drives/${DRIVE_ID}/items/${ITEM_ID}`).length;
  }
  resetCounts(): void {
    this.requests.length = 0;
    this.tokenRequests = 0;
  }

  /** A new version of the workbook: the eTag changes. */
  setWorkbook(workbook: WorkbookGrids): void {
    this.workbook = workbook;
    this.version++;
  }
  /** Files beside the tracker in its folder (the eTag changes: the workbook is read again). */
  setFolder(folder: Record<string, string>): void {
    this.folder = folder;
    this.version++;
  }
  setEvents(events: FakeEvent[]): void {
    this.events = events;
  }
  /** The next `count` HTTP requests (or batch parts, with inBatch) get `status` with this Retry-After. */
  throttle(count: number, retryAfter: string, options: { status?: number; inBatch?: boolean } = {}): void {
    for (let i = 0; i < count; i++) this.throttles.push({ status: options.status ?? 429, retryAfter, inBatch: options.inBatch ?? false });
  }
  async setOutage(mode: Outage): Promise<void> {
    const was = this.outage;
    this.outage = mode;
    if (mode === "refused" && was !== "refused") await this.closeGraph();
    if (was === "refused" && mode !== "refused") await this.listenGraph(this.graphPort);
    if (was === "hang" && mode !== "hang") for (const s of this.sockets) s.destroy();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all([this.closeGraph(), new Promise<void>((r) => this.login.close(() => r()))]);
  }

  private async listen(): Promise<void> {
    const { key, cert } = selfSignedCertificate();
    this.login = createHttpsServer({ key, cert }, (req, res) => {
      this.handleLogin(req, res).catch(() => send(res, graphError(500, "fake", "login failed")));
    });
    await new Promise<void>((r) => this.login.listen(0, "127.0.0.1", () => r()));
    this.loginPort = (this.login.address() as AddressInfo).port;
    await this.listenGraph(0);
  }

  private async listenGraph(port: number): Promise<void> {
    this.graph = createHttpServer((req, res) => {
      this.handleGraph(req, res).catch((err) => send(res, graphError(500, "fake", String(err))));
    });
    this.graph.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.graph.listen(port, "127.0.0.1", () => r()));
    this.graphPort = (this.graph.address() as AddressInfo).port;
  }

  private closeGraph(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.graph.listening) return resolve();
      this.graph.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
  }

  private async handleLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.authorityHost);
    const body = await readBody(req);
    const base = this.authorityHost;
    if (url.pathname === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
      return send(res, {
        status: 200,
        body: {
          issuer: `${base}/${TENANT}/v2.0`,
          token_endpoint: `${base}/${TENANT}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/${TENANT}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/${TENANT}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/${TENANT}/discovery/v2.0/keys`,
          response_types_supported: ["code", "id_token"],
        },
      });
    }
    if (url.pathname === `/${TENANT}/oauth2/v2.0/token` && req.method === "POST") {
      this.tokenRequests++;
      const form = new URLSearchParams(body);
      const ok =
        form.get("grant_type") === "client_credentials" &&
        form.get("client_id") === CLIENT_ID &&
        form.get("client_secret") === CLIENT_SECRET &&
        form.get("scope") === "https://graph.microsoft.com/.default";
      if (!ok)
        return send(res, {
          status: 401,
          body: { error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided." },
        });
      const token = `fake-token-${this.tokenRequests}`;
      this.issuedTokens.add(token);
      return send(res, { status: 200, body: { token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: token } });
    }
    send(res, { status: 404, body: { error: "not_found" } });
  }

  private takeThrottle(inBatch: boolean) {
    const i = this.throttles.findIndex((t) => t.inBatch === inBatch);
    return i >= 0 ? this.throttles.splice(i, 1)[0] : undefined;
  }

  private async handleGraph(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ""));
    const body = await readBody(req);
    this.requests.push({ method: req.method ?? "GET", path, inBatch: false });
    if (this.outage === "hang") return; // never answer; the client's timeout must end it
    if (this.outage === "503")
      return send(res, { ...graphError(503, "serviceNotAvailable", "Service unavailable"), headers: { "Retry-After": "0" } });
    const throttled = this.takeThrottle(false);
    if (throttled) {
      return send(res, {
        ...graphError(throttled.status, "TooManyRequests", "Too many requests"),
        headers: { "Retry-After": throttled.retryAfter },
      });
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token || !this.issuedTokens.has(token)) {
      this.unauthorized++;
      return send(res, graphError(401, "InvalidAuthenticationToken", "Access token is empty or invalid."));
    }
    if (path === "/$batch" && req.method === "POST") return send(res, this.batch(body));
    if (req.method !== "GET") return send(res, graphError(405, "methodNotAllowed", "GET only"));
    send(res, this.route(path, url.searchParams, req.headers.prefer));
  }

  private batch(text: string): Answer {
    let requests: { id?: unknown; method?: unknown; url?: unknown; headers?: Record<string, string> }[];
    try {
      requests = (JSON.parse(text) as { requests: typeof requests }).requests;
    } catch {
      return graphError(400, "BadRequest", "Invalid batch payload.");
    }
    if (!Array.isArray(requests) || requests.length === 0 || requests.length > 20) {
      return graphError(400, "BadRequest", "A batch holds 1 to 20 requests.");
    }
    const responses = requests.map((r) => {
      const url = new URL(String(r.url), "http://127.0.0.1");
      const path = decodeURIComponent(url.pathname);
      this.requests.push({ method: String(r.method), path, inBatch: true });
      const throttled = this.takeThrottle(true);
      const answer = throttled
        ? { ...graphError(throttled.status, "TooManyRequests", "Too many requests"), headers: { "Retry-After": throttled.retryAfter } }
        : this.route(path, url.searchParams, r.headers?.Prefer ?? r.headers?.prefer);
      return {
        id: r.id,
        status: answer.status,
        headers: { "Content-Type": "application/json", ...(answer.headers ?? {}) },
        body: answer.body,
      };
    });
    return { status: 200, body: { responses } };
  }

  private route(path: string, query: URLSearchParams, prefer: string | string[] | undefined): Answer {
    const item = `/drives/${DRIVE_ID}/items/${ITEM_ID}`;
    if (path === item) {
      return {
        status: 200,
        body: {
          id: ITEM_ID,
          name: "amager-tracker.xlsx",
          eTag: this.eTag,
          lastModifiedDateTime: new Date().toISOString(),
          parentReference: { driveId: DRIVE_ID, id: FOLDER_ID },
        },
      };
    }
    if (path === `${item}/workbook/worksheets`) {
      return {
        status: 200,
        body: { value: Object.keys(this.workbook).map((name, i) => ({ id: this.sheetId(i), name, position: i, visibility: "Visible" })) },
      };
    }
    const range = new RegExp(`^${item.replace(/[$]/g, "\\$")}/workbook/worksheets/(.+)/usedRange\\(valuesOnly=true\\)$`).exec(path);
    if (range?.[1]) {
      const names = Object.keys(this.workbook);
      const wanted = range[1];
      const index = names.findIndex((n, i) => this.sheetId(i) === wanted || n.toLowerCase() === wanted.toLowerCase());
      const name = names[index];
      if (index < 0 || name === undefined) return graphError(404, "ItemNotFound", "The requested resource doesn't exist.");
      const grid = this.workbook[name] ?? [];
      return { status: 200, body: query.get("$select") === "address" ? { address: usedAddress(name, grid) } : usedRange(name, grid) };
    }
    const window = new RegExp(`^${item.replace(/[$]/g, "\\$")}/workbook/worksheets/(.+)/range\\(address='([^']*)'\\)$`).exec(path);
    if (window?.[1] && window[2] !== undefined) {
      const names = Object.keys(this.workbook);
      const index = names.findIndex((n, i) => this.sheetId(i) === window[1] || n.toLowerCase() === window[1]?.toLowerCase());
      const name = names[index];
      if (index < 0 || name === undefined) return graphError(404, "ItemNotFound", "The requested resource doesn't exist.");
      const values = rangeValues(this.workbook[name] ?? [], window[2]);
      if (!values) return graphError(400, "InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { status: 200, body: { address: `${name}!${window[2]}`, values } };
    }
    const inFolder = new RegExp(`^/drives/${DRIVE_ID.replace(/[$!]/g, "\\$&")}/items/${FOLDER_ID}:/(.+):$`).exec(path);
    if (inFolder?.[1] !== undefined) {
      const content = this.folder[inFolder[1]];
      if (content === undefined) return graphError(404, "itemNotFound", "The resource could not be found.");
      return {
        status: 200,
        body: { id: `file-${encodeURIComponent(inFolder[1])}`, name: inFolder[1], size: Buffer.byteLength(content), file: {} },
      };
    }
    const download = new RegExp(`^/drives/${DRIVE_ID.replace(/[$!]/g, "\\$&")}/items/file-(.+)/content$`).exec(path);
    if (download?.[1] !== undefined) {
      const content = this.folder[decodeURIComponent(download[1])];
      if (content === undefined) return graphError(404, "itemNotFound", "The resource could not be found.");
      return { status: 200, body: content, headers: { "content-type": "application/octet-stream" }, raw: true };
    }
    const calendar = /^\/(groups|users)\/([^/]+)\/calendarView$/.exec(path);
    if (calendar) {
      if (calendar[1] === "groups" && calendar[2] !== GROUP_ID) return graphError(404, "ErrorItemNotFound", "No such group.");
      return this.calendarView(query, String(prefer ?? ""), path);
    }
    if (path.startsWith("/drives/")) return graphError(404, "itemNotFound", "The resource could not be found.");
    return graphError(400, "BadRequest", `Resource not found for the segment '${path}'.`);
  }

  /** The id the fake gives a sheet of the workbook, by its name. */
  sheetIdOf(name: string): string {
    return this.sheetId(Object.keys(this.workbook).indexOf(name));
  }

  private sheetId(index: number): string {
    return `{00000000-0001-0000-${String(index).padStart(4, "0")}-000000000000}`;
  }

  private calendarView(query: URLSearchParams, prefer: string, path: string): Answer {
    const from = Date.parse(query.get("startDateTime") ?? "");
    const to = Date.parse(query.get("endDateTime") ?? "");
    if (Number.isNaN(from) || Number.isNaN(to))
      return graphError(400, "ErrorInvalidParameter", "startDateTime and endDateTime are required.");
    const zone = /outlook\.timezone="Romance Standard Time"/.test(prefer) ? "Romance Standard Time" : "UTC";
    const inView = this.events
      .filter((e) => Date.parse(e.start) < to && Date.parse(e.end) > from)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const pageSize = this.options.pageSize ?? 100;
    const skip = Number(query.get("$skip") ?? "0");
    const page = inView.slice(skip, skip + pageSize).map((e, i) => ({
      id: `event-${skip + i}`,
      subject: e.subject,
      categories: e.categories ?? [],
      isCancelled: e.isCancelled ?? false,
      isAllDay: e.isAllDay ?? false,
      start: eventTime(e.start, zone),
      end: eventTime(e.end, zone),
      location: { displayName: e.location ?? "" },
    }));
    const body: Record<string, unknown> = { value: page };
    if (skip + pageSize < inView.length) {
      const next = new URLSearchParams(query);
      next.set("$skip", String(skip + pageSize));
      body["@odata.nextLink"] = `${this.graphUrl}${path}?${next.toString()}`;
    }
    return { status: 200, body };
  }
}
