import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseEnv } from '../../config/env';
import { connectSigning } from '../../config/signing';
import { readPkcs12, writePkcs12 } from '../../signing';
import { ensureDevCa, type DevCa } from '../../signing/dev-ca';
import { productionEnv } from '../fixtures/production-env';

/** Signing with SIGNING_MODE=p12: each unit's password comes from configuration. */
describe('the signing units configured for production', () => {
  let dir: string;
  let ca: DevCa;
  const settings = () => {
    const { SIGNING_P12_PASSWORD: _omitted, ...production } = productionEnv;
    return { ...production, SIGNING_P12_DIR: join(dir, 'units'), SIGNING_TRUST_ANCHORS: ca.rootCertificatePath };
  };
  const unitName = async () => 'never asked in p12 mode';

  /** A unit's .p12 as the operator installs it: under the password they chose. */
  async function install(unitCode: string, name: string, password: string): Promise<Uint8Array> {
    const unit = await ca.issueUnitCertificate(unitCode, name);
    const contents = await readPkcs12(await readFile(unit.p12Path), await ca.unitPassword(unitCode));
    await writeFile(join(dir, 'units', `${unitCode}.p12`), await writePkcs12({ ...contents, password, friendlyName: name }));
    return unit.certificate;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoso-p12-'));
    ca = await ensureDevCa(join(dir, 'issuing-ca'));
    await mkdir(join(dir, 'units'));
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("opens each unit with its own password from SIGNING_P12_PASSWORDS_FILE, and the others with SIGNING_P12_PASSWORD", async () => {
    const tienDu = await install('CAX-TIENDU', 'Công an xã Tiên Du', 'Tiên Du: mật khẩu riêng');
    const lim = await install('CAX-LIM', 'Công an xã Lim', 'Lim-9fK2pQ7w');
    const court = await install('TAND-TIENDU', 'Tòa án nhân dân huyện Tiên Du', 'shared-3Rt8vX1n');
    const passwordsFile = join(dir, 'unit-passwords.json');
    await writeFile(passwordsFile, JSON.stringify({ 'CAX-TIENDU': 'Tiên Du: mật khẩu riêng', 'CAX-LIM': 'Lim-9fK2pQ7w' }));

    const env = parseEnv({ ...settings(), SIGNING_P12_PASSWORDS_FILE: passwordsFile, SIGNING_P12_PASSWORD: 'shared-3Rt8vX1n' });
    const { signer, trustAnchors } = await connectSigning(env, unitName);
    for (const [unitCode, certificate] of [['CAX-TIENDU', tienDu], ['CAX-LIM', lim], ['TAND-TIENDU', court]] as const) {
      const [leaf] = await signer.certificateChain(unitCode);
      expect({ unitCode, leaf: Buffer.from(leaf ?? []).equals(Buffer.from(certificate)) }).toEqual({ unitCode, leaf: true });
    }
    expect(trustAnchors.map((der) => Buffer.from(der))).toEqual([Buffer.from(ca.rootCertificate)]);
  }, 60_000);

  it('says which unit has no password when only the file is given', async () => {
    await install('CAX-NOIDUE', 'Công an xã Nội Duệ', 'NoiDue-5hB8');
    const passwordsFile = join(dir, 'only-tien-du.json');
    await writeFile(passwordsFile, JSON.stringify({ 'CAX-TIENDU': 'Tiên Du: mật khẩu riêng' }));
    const { signer } = await connectSigning(parseEnv({ ...settings(), SIGNING_P12_PASSWORDS_FILE: passwordsFile }), unitName);
    await expect(signer.certificateChain('CAX-NOIDUE')).rejects.toThrow(/No \.p12 password for unit "CAX-NOIDUE"/);
  }, 60_000);

  it('needs a password setting in p12 mode', () => {
    expect(() => parseEnv(settings())).toThrow(/SIGNING_P12_PASSWORD \(or SIGNING_P12_PASSWORDS_FILE\)/);
  });

  it('refuses a placeholder password in the file in production, and a file it cannot read', async () => {
    const placeholders = join(dir, 'placeholders.json');
    await writeFile(placeholders, JSON.stringify({ 'CAX-TIENDU': 'change-me', 'CAX-LIM': 'Lim-9fK2pQ7w' }));
    const production = parseEnv({ ...settings(), SIGNING_P12_PASSWORDS_FILE: placeholders });
    await expect(connectSigning(production, unitName)).rejects.toThrow(ConfigError);
    await expect(connectSigning(production, unitName)).rejects.toThrow(/^Invalid configuration: SIGNING_P12_PASSWORDS_FILE: .* refused when HOSO_ENV=production \(units CAX-TIENDU\)$/);
    await expect(connectSigning({ ...production, HOSO_ENV: 'development' }, unitName)).resolves.toBeDefined();

    const notJson = join(dir, 'not-json.json');
    await copyFile(ca.rootCertificatePath, notJson);
    await expect(connectSigning(parseEnv({ ...settings(), SIGNING_P12_PASSWORDS_FILE: notJson }), unitName)).rejects.toThrow(/^Invalid configuration: SIGNING_P12_PASSWORDS_FILE /);
    const emptyPassword = join(dir, 'empty-password.json');
    await writeFile(emptyPassword, JSON.stringify({ 'CAX-LIM': '' }));
    await expect(connectSigning(parseEnv({ ...settings(), SIGNING_P12_PASSWORDS_FILE: emptyPassword }), unitName)).rejects.toThrow(/^Invalid configuration: SIGNING_P12_PASSWORDS_FILE .*: CAX-LIM: /);
  }, 60_000);
});
