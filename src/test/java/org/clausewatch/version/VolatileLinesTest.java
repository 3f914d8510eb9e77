package org.clausewatch.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VolatileLinesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:14:00Z");
    private static final String CLAUSE = "We may suspend your account after telling you why.";

    private static String page(String footer, String clause) {
        return "# Terms\n\nLast updated: 1 March 2026\n\n" + clause + "\n\nPage generated on " + footer + "\n";
    }

    @Test
    void aLineSeenRotatingOnceMakesNoVersionWhenItRotatesAgain() {
        String one = page("2026-03-02 09:14 (request id 8f3a9c2e)", CLAUSE);
        String two = page("2026-03-03 11:02 (request id 77b01d4a)", CLAUSE);
        String three = page("Wednesday 4 March 2026, 18:40 (request id c0ffee12)", CLAUSE);
        VolatileLines.Walk walk = new VolatileLines.Walk(Set.of());

        assertThat(walk.onlyRotation(one, two, T0))
                .as("the first rotation cannot be told yet")
                .isFalse();
        assertThat(walk.onlyRotation(two, three, T0.plusSeconds(60))).isTrue();
        assertThat(walk.rotations()).containsOnlyKeys(T0, T0.plusSeconds(60));
        assertThat(walk.rotations().get(T0)).containsExactly("Page generated on … (request id …)");
        assertThat(VolatileLines.between(two, three).describe()).contains("Page generated on");
    }

    @Test
    void aRealChangeThatComesWithTheRotationIsAVersionAndTheLineStaysKnown() {
        String one = page("2026-03-02 09:14 (request id 8f3a9c2e)", CLAUSE);
        String two = page("2026-03-03 11:02 (request id 77b01d4a)", CLAUSE);
        String changed = page("2026-03-04 18:40 (request id c0ffee12)", "We may suspend your account at any time.");
        String same = page("2026-03-04 18:40 (request id c0ffee12)", "We may suspend your account at any time.");
        String four = page("2026-03-05 07:00 (request id 0d15ea5e)", "We may suspend your account at any time.");
        VolatileLines.Walk walk = new VolatileLines.Walk(List.of());

        walk.onlyRotation(one, two, T0);
        assertThat(walk.onlyRotation(two, changed, T0.plusSeconds(1))).isFalse();
        assertThat(VolatileLines.between(changed, same).shapes()).isEmpty();
        assertThat(walk.onlyRotation(same, four, T0.plusSeconds(2))).isTrue();
    }

    @Test
    void shapesRecordedEarlierAreKnownFromTheFirstCapture() {
        String pricing = "“Pricing Page” means [the pricing page](https://chatgpt.com/pricing?did=%s&referred=true).";
        String one = "# Terms\n\n" + pricing.formatted("b9f6ed61-66a7-4153-b9d6-a6345a1cafb3") + "\n";
        String two = "# Terms\n\n" + pricing.formatted("0646136b-5c62-440c-9656-dc231ef21129") + "\n";
        Set<String> recorded = VolatileLines.between(one, two).shapes();

        assertThat(recorded).singleElement().asString().contains("did=…&referred");
        assertThat(new VolatileLines.Walk(recorded).onlyRotation(two, one, T0)).isTrue();
    }

    @Test
    void documentDatesAmountsAndWordsAroundAnIdentifierAreNeverVolatile() {
        assertThat(VolatileLines.rotates("Last updated: 2026-03-01 09:00", "Last updated: 2026-04-01 10:00"))
                .isFalse();
        assertThat(VolatileLines.rotates("We keep logs for 3000 days.", "We keep logs for 6000 days."))
                .isFalse();
        assertThat(VolatileLines.rotates("Fines up to 1000000 euros.", "Fines up to 2000000 euros."))
                .as("a number of a few digits is an amount, not a request counter")
                .isFalse();
        assertThat(VolatileLines.rotates(
                        "Pay 20 USD a month ([plans](https://x.org/p?t=8f3a9c2e)).",
                        "Pay 25 USD a month ([plans](https://x.org/p?t=77b01d4a))."))
                .as("the identifier rotates, but the price changed with it")
                .isFalse();
        assertThat(VolatileLines.rotates("We may share it (ref 8f3a9c2e).", "We must share it (ref 77b01d4a)."))
                .isFalse();
    }

    @Test
    void aCaptureWithARealChangeBesideKnownRotationsIsAVersion() {
        String one = page("2026-03-02 09:14 (request id 8f3a9c2e)", CLAUSE);
        String two = page("2026-03-03 11:02 (request id 77b01d4a)", CLAUSE);
        String three = page("2026-03-04 18:40 (request id c0ffee12)", CLAUSE + " We will tell you first.");
        Set<String> known = VolatileLines.between(one, two).shapes();

        VolatileLines.Rotation rotation = VolatileLines.between(two, three);
        assertThat(rotation.only()).isFalse();
        assertThat(rotation.onlyAmong(known)).isFalse();
        assertThat(rotation.shapes()).isEqualTo(known);
    }
}
