package org.studenthub.reporting.seal;

import static org.studenthub.reporting.seal.Verification.Check.CONTENT_HASH;
import static org.studenthub.reporting.seal.Verification.Check.QR_CODE;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The checks on what the portfolio says: the embedded {@code portfolio.json} hashes to the document's
 * {@code StudentHubContentSha256}, and the QR code on page 1 names the same college, credential and hash.
 */
final class ContentChecks {
    private final PDDocument document;
    private final PDDocumentInformation info;

    ContentChecks(PDDocument document) {
        this.document = document;
        this.info = document.getDocumentInformation();
    }

    Optional<String> credential() {
        return value(PortfolioContract.INFO_CREDENTIAL);
    }

    Optional<String> college() {
        return value(PortfolioContract.INFO_COLLEGE);
    }

    Optional<String> declaredHash() {
        return value(PortfolioContract.INFO_CONTENT_SHA256).map(h -> h.toLowerCase(Locale.ROOT));
    }

    Verification.Result contentHash() {
        Optional<String> declared = declaredHash();
        if (declared.isEmpty()) {
            return Verification.Result.fail(CONTENT_HASH, "verify.content.missing_hash");
        }
        Optional<byte[]> content;
        try {
            content = attachment();
        } catch (IOException e) {
            return Verification.Result.fail(CONTENT_HASH, "verify.content.missing_attachment");
        }
        if (content.isEmpty()) {
            return Verification.Result.fail(CONTENT_HASH, "verify.content.missing_attachment");
        }
        String actual = sha256(content.get());
        if (!actual.equals(declared.get())) {
            return Verification.Result.fail(CONTENT_HASH, "verify.content.mismatch", actual, declared.get());
        }
        return Verification.Result.pass(CONTENT_HASH, "verify.content.matches", actual);
    }

    Verification.Result qrCode() {
        Optional<String> text = QrCodeReader.read(document, 0);
        if (text.isEmpty() || !text.get().startsWith(PortfolioContract.QR_PREFIX)) {
            return Verification.Result.fail(QR_CODE, "verify.qr.missing");
        }
        Map<String, String> qr = parameters(text.get().substring(PortfolioContract.QR_PREFIX.length()));
        String credential = credential().orElse("-");
        String hash = declaredHash().orElse("-");
        String college = college().orElse("-");
        boolean same = credential.equals(qr.get("credential"))
                && hash.equals(Objects.requireNonNullElse(qr.get("sha256"), "").toLowerCase(Locale.ROOT))
                && college.equals(qr.get("college"));
        if (!same) {
            return Verification.Result.fail(QR_CODE, "verify.qr.mismatch", qr.getOrDefault("college", "-"),
                    qr.getOrDefault("credential", "-"), qr.getOrDefault("sha256", "-"), college, credential, hash);
        }
        return Verification.Result.pass(QR_CODE, "verify.qr.matches", credential);
    }

    private Optional<String> value(String key) {
        String value = info.getCustomMetadataValue(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The decoded bytes of the {@code portfolio.json} attachment, looked up through the whole name tree. */
    private Optional<byte[]> attachment() throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree == null) {
            return Optional.empty();
        }
        PDComplexFileSpecification spec = find(tree);
        if (spec == null) {
            return Optional.empty();
        }
        PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
                : spec.getEmbeddedFile();
        return file == null ? Optional.empty() : Optional.of(file.toByteArray());
    }

    private static PDComplexFileSpecification find(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
        Map<String, PDComplexFileSpecification> entries = node.getNames();
        if (entries != null && entries.containsKey(PortfolioContract.CONTENT_ATTACHMENT)) {
            return entries.get(PortfolioContract.CONTENT_ATTACHMENT);
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                PDComplexFileSpecification found = find(kid);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256", e);
        }
    }
}
