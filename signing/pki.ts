/**
 * Shared PKI plumbing for signing/: object identifiers, PEM/DER, X.500 names. PKI.js does the ASN.1;
 * its crypto engine is pinned to Node's WebCrypto so it does not depend on the test runner's globals.
 */
import * as asn1js from 'asn1js';
import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
pkijs.setEngine('node-webcrypto', new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as unknown as EngineCrypto }));

export { asn1js, pkijs };

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** id-aa-signingCertificateV2 (RFC 5035), the ESS attribute PAdES B-B requires. */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
} as const;

const OID_BY_NAME = {
  CN: '2.5.4.3',
  serialNumber: '2.5.4.5',
  C: '2.5.4.6',
  L: '2.5.4.7',
  ST: '2.5.4.8',
  O: '2.5.4.10',
  OU: '2.5.4.11',
} as const;

const NAME_BY_OID: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(OID_BY_NAME).map(([name, oid]) => [oid, name]));

/** An X.500 name as ordered attributes, e.g. [['C', 'VN'], ['O', 'Công an xã Tiên Du']]. */
export type NameAttributes = ReadonlyArray<readonly [keyof typeof OID_BY_NAME, string]>;

/**
 * Encodes a name with UTF8String values (PrintableString for C and serialNumber, as RFC 5280 asks),
 * one attribute per RDN. PKI.js would put every attribute into a single multi-valued RDN
 * ("C=VN+O=…+CN=…"), so the SEQUENCE OF SET is built here and parsed back.
 */
export function buildName(attributes: NameAttributes): pkijs.RelativeDistinguishedNames {
  const rdns = attributes.map(([name, value]) => {
    const printable = name === 'C' || name === 'serialNumber';
    const typeAndValue = new pkijs.AttributeTypeAndValue({
      type: OID_BY_NAME[name],
      value: printable ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value: value.normalize('NFC') }),
    });
    return new asn1js.Set({ value: [typeAndValue.toSchema()] });
  });
  return pkijs.RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: rdns }).toBER(false));
}

export interface DistinguishedName {
  /** RFC 4514-like, most significant attribute first as encoded: "C=VN, O=…, CN=…". */
  text: string;
  commonName?: string | undefined;
  organization?: string | undefined;
  attributes: Array<{ type: string; value: string }>;
}

/** Reads a name whatever string types it uses (UTF8String, PrintableString, BMPString…). */
export function readName(name: pkijs.RelativeDistinguishedNames): DistinguishedName {
  const attributes = name.typesAndValues.map((typeAndValue) => {
    const type = NAME_BY_OID[typeAndValue.type] ?? typeAndValue.type;
    const block = typeAndValue.value.valueBlock as { value?: unknown };
    const value = typeof block.value === 'string' ? block.value : Buffer.from(typeAndValue.value.valueBeforeDecodeView).toString('hex');
    return { type, value: value.normalize('NFC') };
  });
  const first = (type: string) => attributes.find((attribute) => attribute.type === type)?.value;
  return {
    text: attributes.map(({ type, value }) => `${type}=${value}`).join(', '),
    commonName: first('CN'),
    organization: first('O'),
    attributes,
  };
}

export function certificateFromDer(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(der);
}

export function toDer(value: { toSchema(): asn1js.BaseBlock }): Uint8Array {
  return new Uint8Array(value.toSchema().toBER(false));
}

export function toPem(der: Uint8Array, label: 'CERTIFICATE' | 'PRIVATE KEY'): string {
  const base64 = Buffer.from(der).toString('base64').replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${base64}-----END ${label}-----\n`;
}

/** The DER of the first PEM block with this label. */
export function fromPem(pem: string, label: 'CERTIFICATE' | 'PRIVATE KEY'): Uint8Array {
  const match = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`).exec(pem);
  if (!match?.[1]) throw new Error(`No ${label} PEM block found`);
  return new Uint8Array(Buffer.from(match[1].replace(/\s+/g, ''), 'base64'));
}

/** A fresh ArrayBuffer holding exactly these bytes (PKI.js wants ArrayBuffers, not views on Node's pool). */
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
