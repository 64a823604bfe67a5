import { createHash } from 'node:crypto';
import { arrayBufferOf, asn1js, certificateFromDer, pkijs } from './pki';

/** What a PKCS#12 file holds for hoso: one private key and its certificate chain. */
export interface KeyAndChain {
  /** PKCS#8 DER. */
  privateKey: Uint8Array;
  /** DER, leaf first. */
  certificates: Uint8Array[];
}

const BAG = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  certificate: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const;
const FRIENDLY_NAME = '1.2.840.113549.1.9.20';
const LOCAL_KEY_ID = '1.2.840.113549.1.9.21';

/** OpenSSL 3's own defaults for `pkcs12 -export`: PBES2 with AES-256-CBC, PBKDF2 and MAC over SHA-256, 2048 rounds. */
const ITERATIONS = 2048;
const ENCRYPTION = { name: 'AES-CBC', length: 256 } as const;

function passwordBytes(password: string): ArrayBuffer {
  return arrayBufferOf(new TextEncoder().encode(password));
}

/** Writes a password-protected PKCS#12 (.p12) that OpenSSL, NSS and Java read. */
export async function writePkcs12({ privateKey, certificates, password, friendlyName }: KeyAndChain & { password: string; friendlyName: string }): Promise<Uint8Array> {
  const [leaf] = certificates;
  if (!leaf) throw new Error('A PKCS#12 needs at least the leaf certificate');
  const bagAttributes = [
    new pkijs.Attribute({ type: FRIENDLY_NAME, values: [new asn1js.BmpString({ value: friendlyName })] }),
    new pkijs.Attribute({ type: LOCAL_KEY_ID, values: [new asn1js.OctetString({ valueHex: arrayBufferOf(createHash('sha1').update(leaf).digest()) })] }),
  ];
  const keyBag = new pkijs.SafeBag({
    bagId: BAG.shroudedKey,
    bagValue: new pkijs.PKCS8ShroudedKeyBag({ parsedValue: pkijs.PrivateKeyInfo.fromBER(privateKey) }),
    bagAttributes,
  });
  const certificateBags = certificates.map(
    (der, index) =>
      new pkijs.SafeBag({
        bagId: BAG.certificate,
        bagValue: new pkijs.CertBag({ parsedValue: certificateFromDer(der) }),
        ...(index === 0 ? { bagAttributes } : {}),
      }),
  );
  const pfx = new pkijs.PFX({
    parsedValue: {
      integrityMode: 0, // password-based MAC
      authenticatedSafe: new pkijs.AuthenticatedSafe({
        parsedValue: {
          safeContents: [
            { privacyMode: 0, value: new pkijs.SafeContents({ safeBags: [keyBag] }) }, // the key bag is encrypted itself
            { privacyMode: 1, value: new pkijs.SafeContents({ safeBags: certificateBags }) }, // password-encrypted
          ],
        },
      }),
    },
  });
  const encryption = { password: passwordBytes(password), contentEncryptionAlgorithm: ENCRYPTION, hmacHashAlgorithm: 'SHA-256', iterationCount: ITERATIONS };
  await (keyBag.bagValue as pkijs.PKCS8ShroudedKeyBag).makeInternalValues(encryption);
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw new Error('PFX without authenticated safe');
  await authenticatedSafe.makeInternalValues({ safeContents: [{}, encryption] });
  await pfx.makeInternalValues({ password: passwordBytes(password), iterations: ITERATIONS, pbkdf2HashAlgorithm: 'SHA-256', hmacHashAlgorithm: 'SHA-256' });
  return new Uint8Array(pfx.toSchema().toBER(false));
}

/** Reads a PKCS#12 written by writePkcs12 or by `openssl pkcs12 -export` (PBES2). Throws on a wrong password. */
export async function readPkcs12(bytes: Uint8Array, password: string): Promise<KeyAndChain> {
  const pfx = pkijs.PFX.fromBER(arrayBufferOf(bytes));
  await pfx.parseInternalValues({ password: passwordBytes(password), checkIntegrity: true });
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw new Error('PKCS#12 without an authenticated safe');
  await authenticatedSafe.parseInternalValues({
    safeContents: authenticatedSafe.safeContents.map((content) => (content.contentType === pkijs.ContentInfo.DATA ? {} : { password: passwordBytes(password) })),
  });
  let privateKey: Uint8Array | undefined;
  const certificates: Uint8Array[] = [];
  for (const { value } of authenticatedSafe.parsedValue?.safeContents ?? []) {
    for (const bag of value.safeBags) {
      if (bag.bagId === BAG.shroudedKey) {
        // Public at run time; PKI.js's typings mark it protected.
        const shrouded = bag.bagValue as unknown as { parsedValue?: pkijs.PrivateKeyInfo; parseInternalValues(parameters: { password: ArrayBuffer }): Promise<void> };
        await shrouded.parseInternalValues({ password: passwordBytes(password) });
        if (!shrouded.parsedValue) throw new Error('Could not decrypt the PKCS#12 key bag');
        privateKey = new Uint8Array(shrouded.parsedValue.toSchema().toBER(false));
      } else if (bag.bagId === BAG.key) {
        privateKey = new Uint8Array((bag.bagValue as pkijs.PrivateKeyInfo).toSchema().toBER(false));
      } else if (bag.bagId === BAG.certificate) {
        const certBag = bag.bagValue as pkijs.CertBag;
        if (certBag.certId === BAG.x509Certificate) certificates.push(new Uint8Array((certBag.parsedValue as pkijs.Certificate).toSchema().toBER(false)));
      }
    }
  }
  if (!privateKey) throw new Error('The PKCS#12 holds no private key');
  return { privateKey, certificates };
}
