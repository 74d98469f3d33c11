/**
 * HTTPS certificates for the Linux dev server. Office only loads add-ins over HTTPS.
 *
 * office-addin-dev-certs makes a local CA and a localhost certificate (pure JavaScript, no
 * network). Its `install` step then adds the CA to the system trust store, which needs sudo
 * and fails on Linux, so here we only generate them and point the dev server at the files
 * (webpack.config.js reads the same directory); trusting the CA is left to the developer.
 */
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const CERT_DIR = process.env.IIJ_DEV_CERT_DIR ?? join(homedir(), ".office-addin-dev-certs");
const CA = join(CERT_DIR, "ca.crt");
const CERT = join(CERT_DIR, "localhost.crt");
const KEY = join(CERT_DIR, "localhost.key");
const DAYS_VALID = 30;

export type CertStatus =
  | { kind: "ready"; dir: string; caPath: string; expires: Date; created: boolean }
  | { kind: "unavailable"; reason: string };

function expiry(path: string): Date | null {
  try {
    return new Date(new X509Certificate(readFileSync(path)).validTo);
  } catch {
    return null;
  }
}

function usable(): Date | null {
  if (![CA, CERT, KEY].every((f) => existsSync(f))) return null;
  const expires = expiry(CERT);
  // A day's margin so a long dev session does not run into the expiry.
  return expires && expires.getTime() > Date.now() + 24 * 3600 * 1000 ? expires : null;
}

export async function ensureDevCertificates(): Promise<CertStatus> {
  const existing = usable();
  if (existing)
    return { kind: "ready", dir: CERT_DIR, caPath: CA, expires: existing, created: false };
  try {
    // The generator writes nothing when ca.crt exists, so clear out an expired or partial set.
    for (const f of [CA, CERT, KEY]) rmSync(f, { force: true });
    const { generateCertificates } = await import("office-addin-dev-certs");
    await generateCertificates(CA, CERT, KEY, DAYS_VALID);
  } catch (error) {
    return { kind: "unavailable", reason: error instanceof Error ? error.message : String(error) };
  }
  const created = usable();
  if (!created)
    return {
      kind: "unavailable",
      reason: `no valid certificate in ${CERT_DIR} after generating one`,
    };
  return { kind: "ready", dir: CERT_DIR, caPath: CA, expires: created, created: true };
}
