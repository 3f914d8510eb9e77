package org.clausewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractorDataFilesTest {
    private static TrackingParameters tracking(String content) {
        return TrackingParameters.parse(DataFile.lines("test.txt", content));
    }

    private static LinkTokenRules tokens(String content) {
        return LinkTokenRules.parse(DataFile.lines("test.txt", content));
    }

    @Test
    void matchesTrackingNamesExactlyOrByPrefixIgnoringCase() {
        TrackingParameters parameters = tracking("# comment\nutm_*\nfbclid\n\n");
        assertThat(parameters.matches("UTM_Source")).isTrue();
        assertThat(parameters.matches("fbclid")).isTrue();
        assertThat(parameters.matches("fbclid2")).isFalse();
        assertThat(parameters.matches("lang")).isFalse();
    }

    @Test
    void shippedTrackingListCoversTheCommonTrackers() {
        TrackingParameters shipped = TrackingParameters.load(TrackingParameters.RESOURCE);
        for (String name : Set.of(
                "utm_campaign", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga", "_gl", "msclkid", "igshid", "ref_src")) {
            assertThat(shipped.matches(name)).as(name).isTrue();
        }
        assertThat(shipped.matches("page")).isFalse();
    }

    @Test
    void rejectsAnInvalidTrackingNameNamingTheLine() {
        assertThatThrownBy(() -> tracking("utm_*\nbad name\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.txt line 2: not a query parameter name or prefix*: 'bad name'");
    }

    @Test
    void rejectsADuplicateTrackingName() {
        assertThatThrownBy(() -> tracking("gclid\nGCLID\n")).hasMessageContaining("line 2: listed twice");
    }

    @Test
    void rejectsUnknownLinkTokenKindsAndBadExpressions() {
        assertThatThrownBy(() -> tokens("host example\\.com")).hasMessageContaining("line 1: kind must be");
        assertThatThrownBy(() -> tokens("path /redirect/(")).hasMessageContaining("invalid regular expression");
        assertThatThrownBy(() -> tokens("path")).hasMessageContaining("missing regular expression");
    }

    @Test
    void cleansLinksWithTheShippedRulesAndDeclaredParameters() {
        LinkCleaner cleaner = new LinkCleaner(
                TrackingParameters.load(TrackingParameters.RESOURCE), LinkTokenRules.load(LinkTokenRules.RESOURCE));
        assertThat(cleaner.clean("https://example.com/x.png?session=1&w=2", Set.of("session")))
                .isEqualTo("https://example.com/x.png?w=2");
        assertThat(cleaner.clean("https://example.com/a?utm_source=n#s", Set.of()))
                .isEqualTo("https://example.com/a#s");
        assertThat(cleaner.clean("mailto:legal@example.com?subject=Hi", Set.of()))
                .isEqualTo("mailto:legal@example.com?subject=Hi");
    }
}
