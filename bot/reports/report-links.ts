/**
 * Download links to the status report: /reports/<year>/<lang>/<expires>/<signature>/<file name>,
 * where the signature is an HMAC-SHA256 over year, language and expiry. Without the key no one
 * can make a link, and a changed year, language or expiry breaks the signature; a link works for
 * seven days. The key is REPORT_LINK_SECRET, or one the bot generates once and keeps in its
 * storage (so links survive a restart, and instances on one blob container share it).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { isLang, type Lang, reportFileName } from "../../shared/index";
import type { Clock, KeyValueStorage, ReportLink, ReportLinkIssuer } from "../core/ports";

export const REPORT_LINK_DAYS = 7;
const DAY_MS = 86_400_000;
/** Where a generated key is kept in the bot's storage. */
export const REPORT_KEY_STORAGE_KEY = "reports/link-key";
export const REPORT_PATH_PREFIX = "/reports";

export type LinkCheck =
  | { ok: true; year: number; lang: Lang; expiresAt: Date }
  | { ok: false; reason: "malformed" | "tampered" | "expired"; lang: Lang | undefined };

export interface ReportLinkOptions {
  /** PUBLIC_BASE_URL without a trailing slash; undefined: the server's own address (useLocalUrl). */
  baseUrl: string | undefined;
  clock: Clock;
  /** REPORT_LINK_SECRET, or undefined to use (and first make) a key kept in `storage()`. */
  secret: string | undefined;
  /** The bot's storage, opened only if a key must be generated or read. */
  storage: () => Promise<KeyValueStorage>;
}

export class ReportLinks implements ReportLinkIssuer {
  private key: Promise<Buffer> | undefined;
  private localUrl = "http://localhost:3978";

  constructor(private readonly options: ReportLinkOptions) {}

  /** The address the server listens on, for links when no PUBLIC_BASE_URL is set. */
  useLocalUrl(url: string): void {
    this.localUrl = url;
  }

  async linkFor(year: number, lang: Lang): Promise<ReportLink> {
    const expiresAt = new Date(this.options.clock.now().getTime() + REPORT_LINK_DAYS * DAY_MS);
    const expires = Math.floor(expiresAt.getTime() / 1000);
    const signature = await this.sign(year, lang, expires);
    const path = `${REPORT_PATH_PREFIX}/${year}/${lang}/${expires}/${signature}/${reportFileName(year, lang, "docx")}`;
    return { url: `${this.options.baseUrl ?? this.localUrl}${path}`, expiresAt: new Date(expires * 1000) };
  }

  /** Checks a link's parts as the route received them: signature first, then expiry. */
  async check(parts: { year: string; lang: string; expires: string; signature: string }): Promise<LinkCheck> {
    const lang = isLang(parts.lang) ? parts.lang : undefined;
    if (!/^\d{4}$/.test(parts.year) || !lang || !/^\d{1,12}$/.test(parts.expires) || !/^[A-Za-z0-9_-]{43}$/.test(parts.signature))
      return { ok: false, reason: "malformed", lang };
    const year = Number(parts.year);
    const expires = Number(parts.expires);
    const expected = Buffer.from(await this.sign(year, lang, expires));
    const given = Buffer.from(parts.signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "tampered", lang };
    if (this.options.clock.now().getTime() >= expires * 1000) return { ok: false, reason: "expired", lang };
    return { ok: true, year, lang, expiresAt: new Date(expires * 1000) };
  }

  private async sign(year: number, lang: Lang, expires: number): Promise<string> {
    return createHmac("sha256", await this.signingKey())
      .update(`status-report|${year}|${lang}|${expires}`)
      .digest("base64url");
  }

  private signingKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((err: unknown) => {
      this.key = undefined; // a storage outage is tried again on the next link
      throw err;
    });
    return this.key;
  }

  private async loadKey(): Promise<Buffer> {
    if (this.options.secret !== undefined) return Buffer.from(this.options.secret, "utf8");
    const storage = await this.options.storage();
    const read = async () => {
      const stored = (await storage.read([REPORT_KEY_STORAGE_KEY]))[REPORT_KEY_STORAGE_KEY]?.secret;
      return typeof stored === "string" && stored.length >= 43 ? Buffer.from(stored, "base64url") : undefined;
    };
    const existing = await read();
    if (existing) return existing;
    const fresh = randomBytes(32).toString("base64url");
    // First writer wins where the storage can tell (FileStorage); elsewhere the last write is read back.
    if (storage.createIfAbsent) await storage.createIfAbsent(REPORT_KEY_STORAGE_KEY, { secret: fresh });
    else await storage.write({ [REPORT_KEY_STORAGE_KEY]: { secret: fresh } });
    const kept = await read();
    if (!kept) throw new Error(`the report link key could not be kept in the storage (${REPORT_KEY_STORAGE_KEY})`);
    return kept;
  }
}
