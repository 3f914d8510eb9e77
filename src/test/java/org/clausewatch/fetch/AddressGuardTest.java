package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.clausewatch.common.FailureClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
    private final AddressGuard strict = new AddressGuard(false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.10",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.127.255.254",
                "0.0.0.0",
                "0.1.2.3",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "fec0::1",
                "ff02::1",
                "::ffff:10.0.0.1",
                "::ffff:127.0.0.1",
                "::192.168.0.1"
            })
    void refusesLocalAndPrivateAddresses(String literal) throws Exception {
        InetAddress address = InetAddress.getByName(literal);

        assertThat(AddressGuard.isPublic(address)).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
    void allowsPublicAddresses(String literal) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal)))
                .as(literal)
                .isTrue();
    }

    @Test
    void refusesPrivateUrlNamingTheAddressAndHowToAllowIt() {
        URI url = URI.create("http://192.168.0.10:8080/admin");

        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOfSatisfying(BlockedAddressException.class, e -> {
                    assertThat(e.failureClass()).isEqualTo(FailureClass.BLOCKED_ADDRESS);
                    assertThat(e.url()).isEqualTo(url);
                })
                .hasMessageContaining("192.168.0.10")
                .hasMessageContaining("--allow-private-addresses");
    }

    @Test
    void refusesLocalhostByName() {
        assertThatThrownBy(() -> strict.check(URI.create("http://localhost/")))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("localhost");
        assertThatThrownBy(() -> strict.check(URI.create("http://app.localhost/")))
                .isInstanceOf(BlockedAddressException.class);
    }

    @Test
    void refusesSchemesOtherThanHttp() {
        assertThatThrownBy(() -> new AddressGuard(true).check(URI.create("file:///etc/passwd")))
                .isInstanceOfSatisfying(
                        BlockedAddressException.class,
                        e -> assertThat(e.failureClass()).isEqualTo(FailureClass.UNSUPPORTED_CONTENT))
                .hasMessageContaining("file");
    }

    @Test
    void allowsPublicLiteralAndPrivateWhenConfigured() throws Exception {
        strict.check(URI.create("https://93.184.216.34/terms"));
        new AddressGuard(true).check(URI.create("http://127.0.0.1:8080/terms"));
    }
}
