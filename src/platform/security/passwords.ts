/** Passwords are hashed with argon2id (OWASP's recommended parameters). */
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { invalidInput } from '../http/errors.js';

// Algorithm.Argon2id; the const enum cannot be imported under verbatimModuleSyntax.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the account does not exist, so that a failed sign-in takes as long
// whether or not the e-mail is known.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('not-a-real-password-but-the-same-cost');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** Refuses passwords that are too short or too long, naming the field. */
export function checkPasswordStrength(password: string, pointer = '/body/password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalidInput(pointer, `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalidInput(pointer, `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
  }
}
