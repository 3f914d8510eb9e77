package org.clausewatch.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VersionerTest {
    private final Versioner versioner = new Versioner();

    /** A long, real-looking privacy policy of about {@code sections} × 80 words. */
    private static String policy(int sections, String extra) {
        String body = IntStream.rangeClosed(1, sections)
                .mapToObj(i -> "## " + i + ". What we do with your data, part " + i + "\n\n"
                        + "We collect the information you give us when you create an account, such as your name,"
                        + " e-mail address and payment details, and the information your device sends us when you use"
                        + " the Services, such as log data, device identifiers and approximate location. We use it to"
                        + " provide and improve the Services, to keep them secure, to comply with our legal"
                        + " obligations and, where you have agreed, to show you personalised content. You may ask us"
                        + " for a copy of it or ask us to erase it at any time through your account settings.")
                .collect(Collectors.joining("\n\n"));
        return "# Privacy Policy\n\nLast updated: 1 March 2026\n\n" + body + "\n\n" + extra + "\n";
    }

    private Decision decide(String previous, String text) {
        return versioner.decide(Optional.ofNullable(previous), text);
    }

    private static Decision.Kind kind(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Anomaly.class);
        return ((Decision.Anomaly) decision).kind();
    }

    /** Random bytes as a page decoder reads them when a server sends them as text/html. */
    private static String randomBytesAs(java.nio.charset.Charset charset) {
        byte[] bytes = new byte[6_000];
        new java.util.Random(17).nextBytes(bytes);
        return new String(bytes, charset);
    }

    @Test
    void refusesBinaryDataServedAsAPageWhateverItWasDecodedAs() {
        for (java.nio.charset.Charset charset : java.util.List.of(
                java.nio.charset.StandardCharsets.UTF_8,
                java.nio.charset.Charset.forName("windows-1252"),
                java.nio.charset.StandardCharsets.ISO_8859_1)) {
            Decision first = decide(null, randomBytesAs(charset));
            Decision later = decide(policy(10, ""), randomBytesAs(charset));

            assertThat(kind(first)).as(charset.name()).isEqualTo(Decision.Kind.BINARY);
            assertThat(kind(later)).as(charset.name()).isEqualTo(Decision.Kind.BINARY);
            assertThat(((Decision.Anomaly) first).reason()).contains("binary data served as a page");
        }
    }

    @Test
    void keepsTextInLanguagesWithAccentsOrOtherScripts() {
        String french = "# Politique de confidentialité\n\n"
                + "Nous collectons les données que vous nous fournissez lorsque vous créez un compte, à des fins de"
                + " sécurité et d'amélioration de nos services. Vous pouvez à tout moment exercer vos droits d'accès,"
                + " de rectification et d'effacement auprès de notre délégué à la protection des données.\n";
        String chinese = "# 隐私政策\n\n" + "我们会收集您在使用服务时主动提供的信息以及因使用服务而产生的信息。".repeat(8) + "\n";

        assertThat(decide(null, french.repeat(3))).isEqualTo(new Decision.NewVersion());
        assertThat(decide(null, chinese)).isEqualTo(new Decision.NewVersion());
    }

    @Test
    void aShrinkAgainstAnOutlierIsComparedWithTheVersionsBeforeIt() {
        String usual = policy(10, "");
        String wholeSite = policy(100, "");
        long size = usual.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        java.util.List<Long> before = java.util.List.of(size, size + 40, size - 25);

        Decision decision = versioner.decide(Optional.of(wholeSite), policy(11, ""), before);

        assertThat(decision).isInstanceOf(Decision.NewVersion.class);
        assertThat(((Decision.NewVersion) decision).afterOutlier().orElseThrow())
                .contains("was an outlier", "times the median size of the 3 versions before it");
        assertThat(kind(versioner.decide(Optional.of(wholeSite), policy(1, ""), before)))
                .as("a fraction of the usual size too")
                .isEqualTo(Decision.Kind.DRASTIC_SHRINK);
        assertThat(kind(versioner.decide(Optional.of(wholeSite), policy(11, ""), java.util.List.of())))
                .as("without earlier sizes nothing tells an outlier")
                .isEqualTo(Decision.Kind.DRASTIC_SHRINK);
        assertThat(kind(versioner.decide(Optional.of(usual), policy(1, ""), before)))
                .isEqualTo(Decision.Kind.DRASTIC_SHRINK);
    }

    @Test
    void recordsTheFirstCaptureOfADocument() {
        assertThat(decide(null, policy(10, ""))).isEqualTo(new Decision.NewVersion());
    }

    @Test
    void recordsAChangedSentence() {
        String before = policy(10, "We keep your data for 30 days.");
        String after = policy(10, "We keep your data for 90 days.");

        assertThat(decide(before, after)).isEqualTo(new Decision.NewVersion());
    }

    @Test
    void recordsNoVersionWhenOnlyInvisibleCharactersChange() {
        String before = "# Terms\n\nYou agree to these terms.\n\n* One item\n";
        String after =
                "\uFEFF# Terms  \r\n\r\n\r\n\r\nYou\u00A0agree to\u200B these   terms.\t\r\n\r\n* One item\r\n\r\n";

        assertThat(decide(before, after)).isEqualTo(new Decision.Unchanged());
    }

    @Test
    void normalisesLineEndingsSpacesAndBlankLinesButKeepsIndentation() {
        String markdown =
                "\n\n# Title \r\nFirst\u00A0\u00A0line\u2028second\u200Dline\r\n\r\n\r\n  * nested   item  \n\n\n";

        assertThat(versioner.normalise(markdown)).isEqualTo("# Title\nFirst line\nsecondline\n\n  * nested item\n");
    }

    @Test
    void normalisesComposedAndDecomposedAccentsAlike() {
        assertThat(versioner.normalise("Donne\u0301es")).isEqualTo(versioner.normalise("Donn\u00E9es"));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String once = versioner.normalise(policy(3, "Contact:\u00A0privacy@example.com  \r\n\r\n\r\n"));

        assertThat(versioner.normalise(once)).isEqualTo(once);
    }

    @Test
    void refusesAnEmptyCapture() {
        assertThat(kind(decide(policy(5, ""), " \n\u200B\n"))).isEqualTo(Decision.Kind.EMPTY);
    }

    @Test
    void refusesAShortErrorPage() {
        Decision decision = decide(
                null,
                "This page isn’t available\n-------------------------\n\n"
                        + "An unexpected error has occurred. Try reloading the page or come back later.\n");

        assertThat(kind(decision)).isEqualTo(Decision.Kind.ERROR_PAGE);
        assertThat(((Decision.Anomaly) decision).reason())
                .isEqualTo("the text looks like an error page: 'this page isn't available' in a text of 17 words");
    }

    @Test
    void refusesANotFoundPageWithItsNavigation() {
        String page =
                "Oops!\n\n404\n\nThe page you were looking for could not be found. It might have been removed.\n\n"
                        + "- [Home](https://example.com/)\n".repeat(200);

        assertThat(kind(decide(policy(20, ""), page))).isEqualTo(Decision.Kind.ERROR_PAGE);
    }

    @Test
    void refusesBotChallengesAndCookieWalls() {
        assertThat(kind(decide(null, "Just a moment...\n\nChecking your browser before accessing example.com.")))
                .isEqualTo(Decision.Kind.BOT_CHALLENGE);
        assertThat(kind(decide(null, "# Are you a robot?\n\nPlease confirm that you are not a robot.")))
                .isEqualTo(Decision.Kind.BOT_CHALLENGE);
        assertThat(kind(decide(null, "We've detected unusual activity from your computer network.")))
                .isEqualTo(Decision.Kind.BOT_CHALLENGE);
        assertThat(kind(decide(null, "Before you continue to Example\n\nAccept cookies to continue reading.")))
                .isEqualTo(Decision.Kind.COOKIE_WALL);
        assertThat(kind(decide(null, "# Access Denied\n\nYou don't have permission to access this server.")))
                .isEqualTo(Decision.Kind.FORBIDDEN);
    }

    @Test
    void recordsALongPolicyThatMentionsErrorWordsInPassing() {
        String policy = policy(
                12,
                "If a page is not found, or access denied errors occur, something went wrong on our side; the"
                        + " message \"page not found\" (404) then appears and we log it. Are you a robot? Our"
                        + " systems check for automated access, and you may have to verify you are human.");

        assertThat(decide(null, policy)).isEqualTo(new Decision.NewVersion());
        assertThat(decide(policy(12, ""), policy)).isEqualTo(new Decision.NewVersion());
    }

    @Test
    void recordsAShortDocumentWithoutErrorWords() {
        String imprint = "# Imprint\n\nExample GmbH, 404 Main Street, Berlin. Managing director: A. Person.";

        assertThat(decide(null, imprint)).isEqualTo(new Decision.NewVersion());
    }

    @Test
    void refusesADrasticShrink() {
        String before = policy(30, "");
        String after = "# Privacy Policy\n\n" + "We collect the information you give us. ".repeat(30);

        Decision decision = decide(before, after);

        assertThat(kind(decision)).isEqualTo(Decision.Kind.DRASTIC_SHRINK);
        assertThat(((Decision.Anomaly) decision).reason())
                .matches("the text shrank to \\d+ characters, \\d+% of the previous version's \\d+");
    }

    @Test
    void recordsAShrinkThatIsNotDrastic() {
        assertThat(decide(policy(30, ""), policy(8, ""))).isEqualTo(new Decision.NewVersion());
    }

    @Test
    void recordsAnyShrinkOfASmallDocument() {
        String before = "# Terms\n\n" + "You agree to these terms. ".repeat(40);
        String after = "# Terms\n\nYou agree.";

        assertThat(before.length()).isLessThan(Versioner.SHRINK_MIN_PREVIOUS_CHARS);
        assertThat(decide(before, after)).isEqualTo(new Decision.NewVersion());
    }

    @Test
    void refusesATinyFragmentWhereTheDocumentWasLarge() {
        String before = "# Terms\n\n" + "You agree to these terms and to our rules. ".repeat(40);
        String after = "# Terms\n\nEffective: 17 November 2021";

        assertThat(before.length()).isLessThan(Versioner.SHRINK_MIN_PREVIOUS_CHARS);
        Decision decision = decide(before, after);

        assertThat(kind(decision)).isEqualTo(Decision.Kind.TINY_FRAGMENT);
        assertThat(((Decision.Anomaly) decision).reason())
                .isEqualTo("the text is a fragment of 5 words where the previous version had 361");
    }

    @Test
    void acceptsTheSameErrorPageAsUnchangedWhenItWasAlreadyRecorded() {
        String errorPage = "This page isn't available\n\nAn unexpected error has occurred.";

        assertThat(decide(errorPage, errorPage + "\n\n")).isEqualTo(new Decision.Unchanged());
    }

    @Test
    void countsWordsAsTokensWithALetterOrDigit() {
        assertThat(Versioner.words("# Title\n\n* one - two\n\n| --- | --- |\n2026"))
                .isEqualTo(4);
    }
}
