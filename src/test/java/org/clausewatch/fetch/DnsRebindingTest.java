package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A name server that answers a public address to the guard's check and a loopback address to the connection that
 * follows (DNS rebinding) must not steer ClauseWatch into its own network: the guard pins what it approved, and the
 * JVM-wide resolver answers the pinned host with it. The host names end in {@code .invalid}, which no real name
 * server resolves, so only the pin can answer them.
 */
class DnsRebindingTest {

    /** Answers a public documentation address first, loopback ever after. */
    private static AddressGuard.Resolver rebinding(AtomicInteger lookups) {
        return host -> lookups.getAndIncrement() == 0
                ? new InetAddress[] {InetAddress.getByName("203.0.113.7")}
                : new InetAddress[] {InetAddress.getByName("127.0.0.1")};
    }

    @Test
    void theConnectionResolvesTheHostToTheAddressTheGuardApproved() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        AddressGuard guard = new AddressGuard(false, rebinding(lookups));

        guard.check(URI.create("https://rebinding-one.invalid/terms"));

        assertThat(InetAddress.getAllByName("rebinding-one.invalid"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("203.0.113.7");
        assertThat(lookups.get()).isEqualTo(1);
    }

    @Test
    void aSecondCheckSeesTheRebindingAnswerAndRefusesIt() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        AddressGuard guard = new AddressGuard(false, rebinding(lookups));
        guard.check(URI.create("https://rebinding-two.invalid/terms"));

        assertThatThrownBy(() -> guard.check(URI.create("https://rebinding-two.invalid/privacy")))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("127.0.0.1");
        assertThat(InetAddress.getAllByName("rebinding-two.invalid"))
                .as("the refused answer is never pinned")
                .extracting(InetAddress::getHostAddress)
                .containsExactly("203.0.113.7");
    }

    @Test
    void hostsTheGuardNeverApprovedResolveAsUsual() {
        assertThatThrownBy(() -> InetAddress.getAllByName("never-checked.invalid"))
                .isInstanceOf(UnknownHostException.class);
        AddressGuard permissive = new AddressGuard(true, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        assertThatCode(() -> permissive.check(URI.create("http://allowed-private.invalid/")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> InetAddress.getAllByName("allowed-private.invalid"))
                .as("with private addresses allowed nothing is pinned")
                .isInstanceOf(UnknownHostException.class);
    }
}
