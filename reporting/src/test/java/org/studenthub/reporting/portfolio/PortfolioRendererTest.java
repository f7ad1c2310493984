package org.studenthub.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.reporting.template.Templates;

class PortfolioRendererTest {
    private static final PortfolioRenderer RENDERER = new PortfolioRenderer(new Templates());
    private static final UUID CREDENTIAL = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    @Test
    void thePdfCarriesTheCanonicalJsonAndTheInformationTheSealReads() throws IOException {
        PortfolioContent content = PortfolioSamples.content(6, true, 3);
        RenderedPortfolio rendered = render(content, Locale.UK);

        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            PDComplexFileSpecification spec = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("portfolio.json");
            byte[] json = spec.getEmbeddedFile().toByteArray();
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(json).isEqualTo(CanonicalJson.of(content));
            assertThat(CanonicalJson.sha256(json)).isEqualTo(rendered.contentSha256());
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getCustomMetadataValue("StudentHubCredential")).isEqualTo(CREDENTIAL.toString());
            assertThat(info.getCustomMetadataValue("StudentHubContentSha256")).isEqualTo(rendered.contentSha256());
            assertThat(info.getCustomMetadataValue("StudentHubCollege")).isEqualTo("DEMO");
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages());
        }
    }

    @Test
    void evidencePdfsAreAppendedWithBookmarksAndReferencedByPage() throws IOException {
        PortfolioContent content = PortfolioSamples.content(6, true, 3);
        RenderedPortfolio rendered = render(content, Locale.UK);

        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            List<String> titles = new ArrayList<>();
            PDOutlineItem appendices = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                if (item.getTitle().equals("Appendices")) {
                    appendices = item;
                }
            }
            assertThat(titles).containsExactly("Cover", "Summary", "Approved achievements", "Appendices");
            assertThat(appendices).isNotNull();
            List<String> appended = new ArrayList<>();
            appendices.children().forEach(i -> appended.add(i.getTitle()));
            assertThat(appended).containsExactly("Appendix A: certificate-0.pdf", "Appendix B: certificate-3.pdf");
            int first = pdf.getPages().indexOf(appendices.findDestinationPage(pdf));
            assertThat(first).as("appendices follow the portfolio's own pages").isEqualTo(pdf.getNumberOfPages() - 2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Appendix A: certificate-0.pdf, page " + (first + 1));
            assertThat(text).contains("Appendix B: certificate-3.pdf, page " + (first + 2));
        }
    }

    @Test
    void accentsGreekAndDevanagariSurviveInTheText() throws IOException {
        RenderedPortfolio rendered = render(PortfolioSamples.content(6, false, 0), Locale.UK);

        String text = text(rendered);
        assertThat(text).contains("Niccolò", "Παπαδόπουλος", "शर्मा", "Μαθηματική Ολυμπιάδα", "«Leonardo da Vinci»");
    }

    @Test
    void labelsDatesAndNumbersFollowTheLocale() throws IOException {
        PortfolioContent content = PortfolioSamples.content(4, false, 0);

        String english = text(render(content, Locale.UK));
        String italian = text(render(content, Locale.ITALIAN));

        assertThat(english).contains("Portfolio of achievements", "STUDENT NUMBER", "DATE OF ISSUE", "21 November 2026",
                "Summary of activity points", "National");
        assertThat(italian).contains("Portfolio delle attività e dei risultati", "MATRICOLA", "DATA DI RILASCIO",
                "21 novembre 2026", "Riepilogo dei punti attività", "Nazionale");
        assertThat(italian).doesNotContain("STUDENT NUMBER");
    }

    @Test
    void aStudentWithoutApprovedAchievementsStillGetsACoverAndSaysSo() throws IOException {
        PortfolioContent sample = PortfolioSamples.content(1, false, 0);
        PortfolioContent empty = new PortfolioContent(sample.college(), sample.student(), List.of());

        String text = text(render(empty, Locale.UK));

        assertThat(text).contains("No achievements of this student have been approved yet.");
    }

    static RenderedPortfolio render(PortfolioContent content, Locale locale) throws IOException {
        RenderedPortfolio rendered = RENDERER.render(content, locale, CREDENTIAL, LocalDate.of(2026, 11, 21));
        String folder = System.getProperty("portfolio.look");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, "sample-" + content.achievements().size() + "-" + locale.getLanguage() + ".pdf"),
                    rendered.pdf());
        }
        return rendered;
    }

    private static String text(RenderedPortfolio rendered) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
