package org.studenthub.core.achievement.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** PDFs of the evidence test corpus, built with PDFBox: a plain certificate and variants with active content. */
final class EvidencePdfs {
    private EvidencePdfs() {}

    /** A one-page certificate with text and nothing active. */
    static byte[] certificate() {
        return save(document());
    }

    static byte[] withOpenActionJavaScript() {
        PDDocument document = document();
        document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
        return save(document);
    }

    static byte[] withJavaScriptInNameTree() {
        PDDocument document = document();
        PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
        scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setJavascript(scripts);
        document.getDocumentCatalog().setNames(names);
        return save(document);
    }

    /** JavaScript run when a form field's value is typed (the field's /AA /K action). */
    static byte[] withFieldKeystrokeJavaScript() {
        PDDocument document = document();
        COSDictionary actions = new COSDictionary();
        actions.setItem(COSName.K, new PDActionJavaScript("event.rc = true;"));
        COSDictionary field = new COSDictionary();
        field.setItem(COSName.FT, COSName.TX);
        field.setString(COSName.T, "name");
        field.setItem(COSName.AA, actions);
        COSDictionary form = new COSDictionary();
        form.setItem(COSName.FIELDS, new COSArray(List.of(field)));
        document.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, form);
        return save(document);
    }

    static byte[] withLaunchAction() {
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("C:\\Windows\\System32\\calc.exe")));
        return withLink(launch);
    }

    static byte[] withWebLink() {
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://verify.example.org/certificate/42");
        return withLink(uri);
    }

    static byte[] withFormSubmission() {
        return withLink(new PDActionSubmitForm());
    }

    static byte[] withEmbeddedFile() {
        PDDocument document = document();
        try {
            PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                    new ByteArrayInputStream("hidden notes".getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("notes.txt");
            file.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("notes.txt", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /** Encrypted with a password needed to open it. */
    static byte[] openedOnlyWithPassword() {
        return protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
    }

    /** Encrypted with an empty open password and an owner password against editing, as many certificates are. */
    static byte[] protectedAgainstEditing() {
        AccessPermission readOnly = new AccessPermission();
        readOnly.setCanModify(false);
        return protect(new StandardProtectionPolicy("owner-secret", "", readOnly));
    }

    /** Starts and ends like a PDF, but holds nothing a reader can use. */
    static byte[] damaged() {
        byte[] noise = new byte[2_000];
        new java.util.Random(7).nextBytes(noise);
        return EvidenceImages.concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise,
                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] withLink(PDAction action) {
        PDDocument document = document();
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 600, 200, 20));
        link.setAction(action);
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    private static byte[] protect(StandardProtectionPolicy policy) {
        PDDocument document = document();
        policy.setEncryptionKeyLength(128);
        try {
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    private static PDDocument document() {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
            text.beginText();
            text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
            text.newLineAtOffset(72, 760);
            text.showText("Certificate of participation: regional robotics contest, second place");
            text.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    private static byte[] save(PDDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
