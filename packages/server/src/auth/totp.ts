import { generateSecret, generateURI, verify } from 'otplib';

/** TOTP (RFC 6238, 30-second steps, 6 digits), accepting one step of clock drift either way. */
export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: 'Partage', label: email, secret });
}

export async function checkTotp(secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    return (await verify({ secret, token: code, epochTolerance: 30 })).valid;
  } catch {
    return false;
  }
}
