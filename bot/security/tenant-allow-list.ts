/**
 * ALLOWED_TENANTS: the Microsoft 365 tenants whose people may talk to the bot. Unset means all
 * (local use, the Agents Playground); set, an activity from any other tenant – or with no
 * tenant at all – is refused.
 */

export class TenantAllowList {
  private readonly allowed: ReadonlySet<string> | undefined;

  /** `tenantIds` undefined or empty = every tenant. Ids compare case-insensitively (they are GUIDs). */
  constructor(tenantIds: readonly string[] | undefined) {
    const ids = (tenantIds ?? []).map((id) => id.trim().toLowerCase()).filter(Boolean);
    this.allowed = ids.length > 0 ? new Set(ids) : undefined;
  }

  get restricted(): boolean {
    return this.allowed !== undefined;
  }

  allows(tenantId: string | undefined): boolean {
    if (!this.allowed) return true;
    return !!tenantId && this.allowed.has(tenantId.trim().toLowerCase());
  }
}

/** "a, b ,c" → ["a", "b", "c"]; blank → undefined. */
export function parseTenantList(text: string | undefined): string[] | undefined {
  const ids = (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return ids.length > 0 ? ids : undefined;
}
