/**
 * The CMS SignedData inside a PAdES signature (ETSI.CAdES.detached), at baseline B-B:
 * signed attributes content-type, message-digest and ESS signing-certificate-v2, and no
 * signing-time (PAdES carries the claimed time in the signature dictionary's /M).
 */
import { createHash, verify as verifySignature } from 'node:crypto';
import { arrayBufferOf, asn1js, certificateFromDer, OID, pkijs } from './pki';
import type { DocumentSigner } from './signer';

export interface CadesRequest {
  signer: DocumentSigner;
  unitCode: string;
  /** The unit's chain as the signer gave it (DER, leaf first): fetched once per document. */
  chain: Uint8Array[];
  /** SHA-256 of the bytes the signature covers (the PDF's /ByteRange). */
  contentDigest: Uint8Array;
}

/** Parsed certificates by DER: a unit signs many documents with one chain, and parsing it was a third of signing. */
const parsedCertificates = new Map<string, pkijs.Certificate>();
const PARSED_CERTIFICATES_LIMIT = 1_000;

function parsedCertificate(der: Uint8Array): pkijs.Certificate {
  const key = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  let certificate = parsedCertificates.get(key);
  if (!certificate) {
    if (parsedCertificates.size >= PARSED_CERTIFICATES_LIMIT) parsedCertificates.clear();
    parsedCertificates.set(key, (certificate = certificateFromDer(der)));
  }
  return certificate;
}

/** Builds the DER ContentInfo of a detached CMS SignedData; the private-key operation is the signer's. */
export async function buildCadesSignature({ signer, unitCode, chain, contentDigest }: CadesRequest): Promise<Uint8Array> {
  const [leafDer] = chain;
  if (!leafDer) throw new Error(`The signer returned no certificate for unit "${unitCode}"`);
  const leaf = parsedCertificate(leafDer);
  if (leaf.subjectPublicKeyInfo.algorithm.algorithmId !== OID.rsaEncryption) {
    throw new Error(`Unit "${unitCode}" has a ${leaf.subjectPublicKeyInfo.algorithm.algorithmId} key; hoso signs with RSA keys only`);
  }

  const attributes = sortForDer([
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBufferOf(contentDigest) })] }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(leafDer, leaf)] }),
  ]);
  // What is signed is the DER of the attributes as a SET (RFC 5652 5.4), not the [0] IMPLICIT form stored.
  const signedAttributesDer = new Uint8Array(new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }).toBER(false));
  const signature = await signer.sign(unitCode, new Uint8Array(createHash('sha256').update(signedAttributesDer).digest()));
  // A signer that used the wrong key must fail here, not in a court's verifier years later.
  const spki = Buffer.from(leaf.subjectPublicKeyInfo.toSchema().toBER(false));
  if (!verifySignature('sha256', signedAttributesDer, { key: spki, format: 'der', type: 'spki' }, signature)) {
    throw new Error(`The signature returned for unit "${unitCode}" does not verify with the unit's certificate`);
  }

  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256Algorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }), // detached: no eContent
    certificates: chain.map(parsedCertificate),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
        digestAlgorithm: sha256Algorithm(),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
        signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRSAEncryption, algorithmParams: new asn1js.Null() }),
        signature: new asn1js.OctetString({ valueHex: arrayBufferOf(signature) }),
      }),
    ],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } (RFC 5035), one ESSCertIDv2 for
 * the signer's certificate: its SHA-256 hash (hashAlgorithm omitted, being the DEFAULT) and issuerSerial.
 */
function signingCertificateV2(leafDer: Uint8Array, leaf: pkijs.Certificate): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: leaf.issuer })] }).toSchema(), leaf.serialNumber],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: arrayBufferOf(new Uint8Array(createHash('sha256').update(leafDer).digest())) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function sha256Algorithm(): pkijs.AlgorithmIdentifier {
  return new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }); // parameters absent (RFC 5754)
}

/** DER orders a SET OF by the encodings of its elements (X.690 11.6). */
function sortForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({ attribute, der: Buffer.from(attribute.toSchema().toBER(false)) }));
  encoded.sort((a, b) => Buffer.compare(a.der, b.der));
  return encoded.map(({ attribute }) => attribute);
}
