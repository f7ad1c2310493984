package org.studenthub.reporting.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature a PAdES baseline B-B seal needs (ETSI EN 319 142-1): detached, SHA-256, signed attributes
 * content-type, message-digest and signing-certificate-v2 (which binds the seal certificate into what is signed),
 * and no signing-time attribute (PAdES puts the claimed time in the signature dictionary's /M instead).
 */
final class CadesSignature {
    private CadesSignature() {}

    static byte[] sign(InputStream signedRange, SealKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            AttributeTable essAttribute = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificateV2(certificate))));
            CMSAttributeTableGenerator signedAttributes = parameters ->
                    new DefaultSignedAttributeTableGenerator(essAttribute).getAttributes(parameters)
                            .remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new StreamedContent(signedRange), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new SealException("seal.sign.failed", e, e.getClass().getSimpleName());
        }
    }

    /** The ESS signing-certificate-v2 value: SHA-256 of the certificate with its issuer and serial number. */
    static SigningCertificateV2 signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
    }

    /** The signed byte ranges, read once while the digest is computed (never held in memory twice). */
    private record StreamedContent(InputStream in) implements CMSTypedData {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
