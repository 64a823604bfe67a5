import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, publicDecrypt, X509Certificate } from 'node:crypto';
import { createP12Signer, readPkcs12, UnknownSigningUnitError, writePkcs12 } from '../../signing';
import { ensureDevCa } from '../../signing/dev-ca';
import { createDevSigner } from '../../signing/dev-signer';

const opensslAvailable = spawnSync('openssl', ['version']).error === undefined;
if (!opensslAvailable) console.warn('openssl not found: the PKCS#12 interoperability check is skipped');
const withOpenssl = opensslAvailable ? it : it.skip;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoso-dev-ca-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the development certificate authority', () => {
  it('makes its root once: opening the directory again gives the same root', async () => {
    const first = await ensureDevCa(dir);
    const second = await ensureDevCa(dir);
    expect(Buffer.from(second.rootCertificate).equals(Buffer.from(first.rootCertificate))).toBe(true);
    const root = new X509Certificate(await readFile(first.rootCertificatePath));
    expect(root.ca).toBe(true);
    expect(root.raw.equals(Buffer.from(first.rootCertificate))).toBe(true);
  }, 60_000);

  it('agrees on one root when two processes open a new directory at once', async () => {
    const [a, b] = await Promise.all([ensureDevCa(dir), ensureDevCa(dir)]);
    const again = await ensureDevCa(dir);
    expect(Buffer.from(again.rootCertificate).equals(Buffer.from(a.rootCertificate)) || Buffer.from(again.rootCertificate).equals(Buffer.from(b.rootCertificate))).toBe(true);
    const unit = await again.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    expect(new X509Certificate(unit.certificate).verify(new X509Certificate(again.rootCertificate).publicKey)).toBe(true);
  }, 60_000);

  it("issues a unit's key and certificate in a password-protected PKCS#12, chained to the root", async () => {
    const ca = await ensureDevCa(dir);
    const unit = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    expect(unit.p12Path).toBe(join(ca.unitsDir, 'CAX-TIENDU.p12'));
    const contents = await readPkcs12(await readFile(unit.p12Path), await ca.unitPassword('CAX-TIENDU'));
    expect(contents.certificates.map((der) => new X509Certificate(der).subject)).toEqual([
      'C=VN\nO=Công an xã Tiên Du\nCN=Công an xã Tiên Du\nserialNumber=CAX-TIENDU',
      'C=VN\nO=hoso\nCN=hoso CA phát triển (chỉ dùng thử)',
    ]);
    await expect(readPkcs12(await readFile(unit.p12Path), 'sai mật khẩu')).rejects.toThrow();
  }, 60_000);

  it('gives every unit its own random password, beside its .p12 and readable by its owner only', async () => {
    const ca = await ensureDevCa(dir);
    const [tienDu, lim] = await Promise.all([ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du'), ca.issueUnitCertificate('CAX-LIM', 'Công an xã Lim')]);
    const [tienDuPassword, limPassword] = await Promise.all([ca.unitPassword('CAX-TIENDU'), ca.unitPassword('CAX-LIM')]);
    expect(tienDuPassword).toHaveLength(32);
    expect(limPassword).not.toBe(tienDuPassword);
    expect((await stat(join(ca.unitsDir, 'CAX-TIENDU.password'))).mode & 0o777).toBe(0o600);
    await expect(readPkcs12(await readFile(lim.p12Path), limPassword)).resolves.toBeDefined();
    await expect(readPkcs12(await readFile(tienDu.p12Path), limPassword)).rejects.toThrow();
    await expect(ca.unitPassword('CAX-KHONGCO')).rejects.toThrow(UnknownSigningUnitError);
  }, 60_000);

  it('keeps the password when a unit is issued again, also by two processes at once', async () => {
    const [a, b] = await Promise.all([ensureDevCa(dir), ensureDevCa(dir)]);
    await Promise.all([a.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du'), b.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du')]);
    const password = await a.unitPassword('CAX-TIENDU');
    const renamed = await b.issueUnitCertificate('CAX-TIENDU', 'Công an phường Tiên Du');
    expect(await b.unitPassword('CAX-TIENDU')).toBe(password);
    const contents = await readPkcs12(await readFile(renamed.p12Path), password);
    expect(Buffer.from(contents.certificates[0] ?? []).equals(Buffer.from(renamed.certificate))).toBe(true);
  }, 60_000);

  it('issues again, on first use, a unit key from before per-unit passwords', async () => {
    const ca = await ensureDevCa(dir);
    const old = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    // What an older data folder holds: the .p12 under the password once shared by every unit, and no password file.
    const contents = await readPkcs12(await readFile(old.p12Path), await ca.unitPassword('CAX-TIENDU'));
    await writeFile(old.p12Path, await writePkcs12({ ...contents, password: 'hoso-dev', friendlyName: 'Công an xã Tiên Du' }));
    await rm(join(ca.unitsDir, 'CAX-TIENDU.password'));
    const signer = createDevSigner(ca, async () => 'Công an xã Tiên Du');
    const [leaf] = await signer.certificateChain('CAX-TIENDU');
    expect(Buffer.from(leaf ?? []).equals(Buffer.from(old.certificate))).toBe(false);
    expect(new X509Certificate(leaf ?? new Uint8Array()).verify(new X509Certificate(ca.rootCertificate).publicKey)).toBe(true);
  }, 60_000);

  it('keeps a unit key across calls and issues a new one when the unit is renamed', async () => {
    const ca = await ensureDevCa(dir);
    const first = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    const same = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    expect(Buffer.from(same.certificate).equals(Buffer.from(first.certificate))).toBe(true);
    const renamed = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an phường Tiên Du');
    expect(Buffer.from(renamed.certificate).equals(Buffer.from(first.certificate))).toBe(false);
    expect(new X509Certificate(renamed.certificate).subject).toContain('CN=Công an phường Tiên Du');
  }, 60_000);

  it('refuses a unit code that could not safely name a file', async () => {
    const ca = await ensureDevCa(dir);
    await expect(ca.issueUnitCertificate('../root', 'Công an xã Tiên Du')).rejects.toThrow(/must be 1–64 letters/);
  }, 60_000);

  withOpenssl('writes a .p12 that OpenSSL opens with the password and verifies the MAC of', async () => {
    const ca = await ensureDevCa(dir);
    const unit = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    const passwordFile = join(ca.unitsDir, 'CAX-TIENDU.password');
    const result = spawnSync('openssl', ['pkcs12', '-in', unit.p12Path, '-passin', `file:${passwordFile}`, '-nokeys', '-clcerts'], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/error|invalid/i);
    expect(result.status).toBe(0);
    expect(new X509Certificate(result.stdout.slice(result.stdout.indexOf('-----BEGIN CERTIFICATE-----'))).raw.equals(Buffer.from(unit.certificate))).toBe(true);
  }, 60_000);
});

describe('the PKCS#12 signer', () => {
  it('gives the chain leaf first and signs a SHA-256 digest with the unit key', async () => {
    const ca = await ensureDevCa(dir);
    const unit = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    const signer = createP12Signer({ directory: ca.unitsDir, passwordOf: ca.unitPassword });
    const chain = await signer.certificateChain('CAX-TIENDU');
    expect(chain.map((der) => Buffer.from(der))).toEqual([Buffer.from(unit.certificate), Buffer.from(ca.rootCertificate)]);
    const digest = new Uint8Array(32).fill(1);
    const signature = await signer.sign('CAX-TIENDU', digest);
    const recovered = publicDecrypt({ key: new X509Certificate(unit.certificate).publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
    expect(recovered.toString('hex')).toBe(`3031300d060960864801650304020105000420${Buffer.from(digest).toString('hex')}`); // DigestInfo(SHA-256, digest)
    await expect(signer.sign('CAX-TIENDU', new Uint8Array(20))).rejects.toThrow(/SHA-256 digest/);
  }, 60_000);

  it('opens each unit with the password it is given, Vietnamese letters included', async () => {
    const ca = await ensureDevCa(dir);
    const unit = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    const contents = await readPkcs12(await readFile(unit.p12Path), await ca.unitPassword('CAX-TIENDU'));
    const elsewhere = join(dir, 'configured');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'CAX-TIENDU.p12'), await writePkcs12({ ...contents, password: 'mật khẩu', friendlyName: unit.unitName }));
    const asked: string[] = [];
    const signer = createP12Signer({
      directory: elsewhere,
      passwordOf: async (unitCode) => {
        asked.push(unitCode);
        return 'mật khẩu';
      },
    });
    const [leaf] = await signer.certificateChain('CAX-TIENDU');
    expect(Buffer.from(leaf ?? []).equals(Buffer.from(unit.certificate))).toBe(true);
    expect(asked).toEqual(['CAX-TIENDU']);
    const wrong = createP12Signer({ directory: elsewhere, passwordOf: async () => 'sai mật khẩu' });
    await expect(wrong.certificateChain('CAX-TIENDU')).rejects.toThrow();
  }, 60_000);

  it('says which unit it has no key for', async () => {
    const ca = await ensureDevCa(dir);
    const signer = createP12Signer({ directory: ca.unitsDir, passwordOf: ca.unitPassword });
    await expect(signer.certificateChain('CAX-KHONGCO')).rejects.toThrow(UnknownSigningUnitError);
  }, 60_000);

  it('reads a reissued certificate without a restart', async () => {
    const ca = await ensureDevCa(dir);
    await ca.issueUnitCertificate('CAX-TIENDU', 'Công an xã Tiên Du');
    const signer = createP12Signer({ directory: ca.unitsDir, passwordOf: ca.unitPassword });
    await signer.certificateChain('CAX-TIENDU');
    const reissued = await ca.issueUnitCertificate('CAX-TIENDU', 'Công an phường Tiên Du');
    const [leaf] = await signer.certificateChain('CAX-TIENDU');
    expect(Buffer.from(leaf ?? []).equals(Buffer.from(reissued.certificate))).toBe(true);
  }, 60_000);
});
