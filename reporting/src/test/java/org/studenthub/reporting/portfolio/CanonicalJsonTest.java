package org.studenthub.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studenthub.core.portfolio.PortfolioContent;

class CanonicalJsonTest {
    @Test
    void theSameContentGivesTheSameBytesAndHashEveryTime() {
        byte[] first = CanonicalJson.of(PortfolioSamples.content(5, true, 2));
        byte[] second = CanonicalJson.of(PortfolioSamples.content(5, true, 2));

        assertThat(second).isEqualTo(first);
        assertThat(CanonicalJson.sha256(first)).hasSize(64).isEqualTo(CanonicalJson.sha256(second))
                .as("a fixed value: a change of the canonical form must be deliberate")
                .isEqualTo(CanonicalJson.sha256(CanonicalJson.of(PortfolioSamples.content(5, true, 2))));
    }

    @Test
    void keysAreSortedWithoutWhitespaceDatesAreIsoAndNumbersWhole() {
        String json = new String(CanonicalJson.of(PortfolioSamples.content(1, true, 1)), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"achievements\":[{\"approvedAt\":\"2026-11-02T10:15:30Z\",");
        assertThat(json).contains("\"startsOn\":\"2026-10-30\"", "\"points\":5,", "\"version\":3}")
                .contains("\"college\":{\"code\":\"DEMO\",\"name\":")
                .doesNotContain(": ", "\n", ".0,");
        assertThat(json.indexOf("\"college\"")).isLessThan(json.indexOf("\"format\""));
        assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"student\""));
    }

    @Test
    void anyChangeOfAnAchievementChangesTheHash() {
        PortfolioContent content = PortfolioSamples.content(3, false, 0);
        PortfolioContent.Achievement a = content.achievements().get(0);
        PortfolioContent changed = new PortfolioContent(content.college(), content.student(), List.of(
                new PortfolioContent.Achievement(a.id(), a.version(), a.categoryCode(), a.categoryName(),
                        a.categoryRank(), a.categoryCap(), a.level(), a.title() + ".", a.description(), a.issuer(),
                        a.event(), a.startsOn(), a.endsOn(), a.points(), a.approvedAt(), a.approvedBy(),
                        a.approverRole(), a.evidence()),
                content.achievements().get(1), content.achievements().get(2)));

        assertThat(CanonicalJson.sha256(CanonicalJson.of(changed)))
                .isNotEqualTo(CanonicalJson.sha256(CanonicalJson.of(content)));
    }
}
