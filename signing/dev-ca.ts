/**
 * The development certificate authority: a root made once per directory, and per signing unit a
 * key and certificate in a password-protected PKCS#12. For development and tests only: production
 * units hold certificates from a licensed CA in an HSM (docs/decisions/0003-signing.md).
 *
 * Layout of `dir`: ca/root-ca.pem (the trust anchor to give verifiers), ca/root-ca-key.pem,
 * units/<unitCode>.p12 and beside it units/<unitCode>.password, the unit's own random password.
 */
import { createHash, randomBytes, webcrypto } from 'node:crypto';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;
import { chmod, link, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPkcs12, writePkcs12 } from './pkcs12';
import { arrayBufferOf, asn1js, buildName, certificateFromDer, fromPem, OID, pkijs, readName, toPem, type NameAttributes } from './pki';
import { UnknownSigningUnitError } from './signer';

const ROOT_NAME: NameAttributes = [
  ['C', 'VN'],
  ['O', 'hoso'],
  ['CN', 'hoso CA phát triển (chỉ dùng thử)'],
];
const RSA_BITS = 3072;
const ROOT_YEARS = 10;
const UNIT_YEARS = 2;
const SIGN_ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export interface UnitCredentials {
  unitCode: string;
  unitName: string;
  p12Path: string;
  /** The unit's certificate, DER. */
  certificate: Uint8Array;
}

export interface DevCa {
  dir: string;
  /** The root certificate, DER: the trust anchor for verifyPdf. */
  rootCertificate: Uint8Array;
  /** The root certificate as a PEM file, for pyhanko `--trust` and the like. */
  rootCertificatePath: string;
  /** Where unit .p12 files live: the directory to give createP12Signer. */
  unitsDir: string;
  /** The password of the unit's .p12, for createP12Signer's `passwordOf`. */
  unitPassword(unitCode: string): Promise<string>;
  /**
   * The unit's .p12, issued on first call. Issued again only if the unit's name changed or the
   * file comes from another root; otherwise the existing key is kept.
   */
  issueUnitCertificate(unitCode: string, unitName: string): Promise<UnitCredentials>;
}

/** Opens the development CA in `dir`, creating its root on first use. Safe against concurrent first runs. */
export async function ensureDevCa(dir: string): Promise<DevCa> {
  const caDir = join(dir, 'ca');
  const unitsDir = join(dir, 'units');
  await mkdir(unitsDir, { recursive: true });
  const root = (await loadRoot(caDir)) ?? (await createRoot(dir, caDir));

  async function issueUnitCertificate(unitCode: string, unitName: string): Promise<UnitCredentials> {
    assertUnitCode(unitCode);
    const name = unitName.normalize('NFC');
    const p12Path = join(unitsDir, `${unitCode}.p12`);
    const p12Password = await ensureUnitPassword(unitsDir, unitCode);
    const existing = await readExisting(p12Path, p12Password);
    if (existing && existing.chain.some((der) => Buffer.from(der).equals(root.certificate))) {
      const subject = readName(certificateFromDer(existing.leaf).subject);
      if (subject.commonName === name) return { unitCode, unitName: name, p12Path, certificate: existing.leaf };
    }
    const keys = await generateKeyPair();
    const certificate = await createCertificate({
      subject: [['C', 'VN'], ['O', name], ['CN', name], ['serialNumber', unitCode]],
      issuer: root.certificate,
      publicKey: keys.publicKey,
      signingKey: root.privateKey,
      ca: false,
      years: UNIT_YEARS,
    });
    const p12 = await writePkcs12({
      privateKey: new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
      certificates: [certificate, root.certificate],
      password: p12Password,
      friendlyName: name,
    });
    // Write beside and rename: a signer never reads half a file.
    const staging = `${p12Path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(staging, p12, { mode: 0o600 });
    await rename(staging, p12Path);
    return { unitCode, unitName: name, p12Path, certificate };
  }

  return {
    dir,
    rootCertificate: root.certificate,
    rootCertificatePath: join(caDir, 'root-ca.pem'),
    unitsDir,
    unitPassword: (unitCode) => readUnitPassword(unitsDir, unitCode),
    issueUnitCertificate,
  };
}

/** The password of a unit's development .p12; a unit without one has no key yet (UnknownSigningUnitError). */
export async function readUnitPassword(unitsDir: string, unitCode: string): Promise<string> {
  assertUnitCode(unitCode);
  try {
    return await readFile(join(unitsDir, `${unitCode}.password`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UnknownSigningUnitError(unitCode);
    throw error;
  }
}

/**
 * The unit's password, made once: every unit has its own, so one leaked password opens one key. It never changes
 * after it is made, so processes issuing the same unit at once all write .p12 files it opens.
 */
async function ensureUnitPassword(unitsDir: string, unitCode: string): Promise<string> {
  const path = join(unitsDir, `${unitCode}.password`);
  const staging = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(staging, randomBytes(24).toString('base64url'), { mode: 0o600 });
  try {
    // link() fails if the name exists: the first writer's password, complete, wins.
    await link(staging, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(staging, { force: true });
  }
  return readFile(path, 'utf8');
}

interface Root {
  certificate: Uint8Array;
  privateKey: CryptoKey;
}

async function loadRoot(caDir: string): Promise<Root | undefined> {
  let certificatePem: string;
  let keyPem: string;
  try {
    [certificatePem, keyPem] = await Promise.all([readFile(join(caDir, 'root-ca.pem'), 'utf8'), readFile(join(caDir, 'root-ca-key.pem'), 'utf8')]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const privateKey = await webcrypto.subtle.importKey('pkcs8', arrayBufferOf(fromPem(keyPem, 'PRIVATE KEY')), SIGN_ALGORITHM, false, ['sign']);
  return { certificate: fromPem(certificatePem, 'CERTIFICATE'), privateKey };
}

async function createRoot(dir: string, caDir: string): Promise<Root> {
  const keys = await generateKeyPair();
  const certificate = await createCertificate({ subject: ROOT_NAME, publicKey: keys.publicKey, signingKey: keys.privateKey, ca: true, years: ROOT_YEARS });
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  // The root's two files appear together or not at all: the directory is renamed into place.
  const staging = await mkdtemp(join(dir, '.ca-staging-'));
  try {
    await writeFile(join(staging, 'root-ca.pem'), toPem(certificate, 'CERTIFICATE'));
    await writeFile(join(staging, 'root-ca-key.pem'), toPem(pkcs8, 'PRIVATE KEY'), { mode: 0o600 });
    await chmod(staging, 0o700);
    await rename(staging, caDir);
  } catch (error) {
    // Another process made the root first: use theirs, so every unit chains to one root.
    const theirs = await loadRoot(caDir);
    if (theirs) return theirs;
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { certificate, privateKey: keys.privateKey };
}

/** The unit's current .p12, if there is one its password opens (one from before per-unit passwords is issued again). */
async function readExisting(p12Path: string, password: string): Promise<{ leaf: Uint8Array; chain: Uint8Array[] } | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(p12Path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const certificates = await readPkcs12(bytes, password).then(
    (contents) => contents.certificates,
    () => [],
  );
  const [leaf] = certificates;
  return leaf ? { leaf, chain: certificates } : undefined;
}

function assertUnitCode(unitCode: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(unitCode)) {
    throw new Error(`Unit code "${unitCode}" must be 1–64 letters, digits, ".", "_" or "-" (it names a file)`);
  }
}

async function generateKeyPair(): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey({ ...SIGN_ALGORITHM, modulusLength: RSA_BITS, publicExponent: new Uint8Array([1, 0, 1]) }, true, ['sign', 'verify']);
}

interface CertificateRequest {
  subject: NameAttributes;
  /** The issuer's certificate (DER); absent for the self-signed root. */
  issuer?: Uint8Array;
  publicKey: CryptoKey;
  signingKey: CryptoKey;
  ca: boolean;
  years: number;
}

async function createCertificate({ subject, issuer, publicKey, signingKey, ca, years }: CertificateRequest): Promise<Uint8Array> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ valueHex: arrayBufferOf(positiveSerial()) });
  certificate.subject = buildName(subject);
  const issuerCertificate = issuer ? certificateFromDer(issuer) : undefined;
  certificate.issuer = issuerCertificate ? issuerCertificate.subject : certificate.subject;
  const notBefore = new Date(Date.now() - 60 * 60 * 1000); // an hour's slack for clocks that run behind
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + years);
  certificate.notBefore = timeOf(notBefore);
  certificate.notAfter = timeOf(notAfter);
  await certificate.subjectPublicKeyInfo.importKey(publicKey);

  const keyId = keyIdentifierOf(certificate.subjectPublicKeyInfo);
  const authorityKeyId = issuerCertificate ? keyIdentifierOf(issuerCertificate.subjectPublicKeyInfo) : keyId;
  // KeyUsage bits (RFC 5280): digitalSignature(0) nonRepudiation(1) for a signing unit, keyCertSign(5) cRLSign(6) for the CA.
  const keyUsage = ca ? new asn1js.BitString({ valueHex: arrayBufferOf(new Uint8Array([0x06])), unusedBits: 1 }) : new asn1js.BitString({ valueHex: arrayBufferOf(new Uint8Array([0xc0])), unusedBits: 6 });
  certificate.extensions = [
    new pkijs.Extension({ extnID: OID.basicConstraints, critical: true, extnValue: new pkijs.BasicConstraints({ cA: ca }).toSchema().toBER(false) }),
    new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: keyUsage.toBER(false) }),
    new pkijs.Extension({ extnID: OID.subjectKeyIdentifier, extnValue: new asn1js.OctetString({ valueHex: arrayBufferOf(keyId) }).toBER(false) }),
    new pkijs.Extension({
      extnID: OID.authorityKeyIdentifier,
      extnValue: new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: arrayBufferOf(authorityKeyId) }) }).toSchema().toBER(false),
    }),
  ];
  await certificate.sign(signingKey, 'SHA-256');
  return new Uint8Array(certificate.toSchema(true).toBER(false));
}

/** RFC 5280 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifierOf(spki: pkijs.PublicKeyInfo): Uint8Array {
  return new Uint8Array(createHash('sha1').update(spki.subjectPublicKey.valueBlock.valueHexView).digest());
}

/** 16 random bytes, first byte 0x01–0x7f: positive and of fixed length (CA/B BR: at least 64 random bits). */
function positiveSerial(): Uint8Array {
  const serial = new Uint8Array(randomBytes(16));
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  return serial;
}

/** UTCTime through 2049, GeneralizedTime after (RFC 5280 4.1.2.5). */
function timeOf(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime, value: date });
}
