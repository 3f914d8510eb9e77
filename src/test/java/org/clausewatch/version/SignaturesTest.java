package org.clausewatch.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static Signatures parse(String data) throws IOException {
        return Signatures.parse(new BufferedReader(new StringReader(data)));
    }

    @Test
    void readsKindsAndSignaturesFromTheDataFile() throws IOException {
        Signatures signatures = parse("# comment\n[bot challenge]\nare you a robot\n\n[error page]\npage not found\n");

        assertThat(signatures.find("Sorry: Page Not Found"))
                .contains(new Signatures.Match(Decision.Kind.ERROR_PAGE, "page not found"));
        assertThat(signatures.find("**Are you a robot?**"))
                .contains(new Signatures.Match(Decision.Kind.BOT_CHALLENGE, "are you a robot"));
        assertThat(signatures.find("Terms of Service")).isEmpty();
    }

    @Test
    void matchesCurlyApostrophesAsStraightOnes() throws IOException {
        assertThat(parse("[error page]\nthis page isn't available\n").find("This page isn’t available"))
                .isPresent();
    }

    @Test
    void refusesADataFileWithAnUnknownKindOrABadRegex() {
        assertThatThrownBy(() -> parse("[teapot]\nshort and stout\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("'teapot'");
        assertThatThrownBy(() -> parse("[error page]\n(unclosed\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'(unclosed'");
        assertThatThrownBy(() -> parse("page not found\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before any [kind] line");
    }

    @Test
    void theShippedDataFileLoads() {
        assertThat(Signatures.load().find("Just a moment...")).isPresent();
    }
}
