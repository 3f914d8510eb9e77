package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.clausewatch.common.FailureClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of this machine that a resolver may or may not understand are refused before any lookup, saying why. */
class LocalNamesGuardTest {
    /** A resolver that fails the test if the guard asks it anything. */
    private final AddressGuard guard = new AddressGuard(false, host -> {
        throw new AssertionError("looked up " + host + " before refusing it");
    });

    @ParameterizedTest
    @CsvSource({
        "localhost., names this machine",
        "LOCALHOST, names this machine",
        "app.localhost., names this machine",
        "017700000001, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "127.1, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "012.0.0.1, 10.0.0.1",
        "0xa9fea9fe, 169.254.169.254",
        "3232235521, 192.168.0.1"
    })
    void refusesLocalNamesAndNumericFormsBeforeAnyLookup(String host, String why) {
        URI url = URI.create("http://" + host + ":8080/hook");

        assertThatThrownBy(() -> guard.check(url))
                .isInstanceOfSatisfying(
                        BlockedAddressException.class,
                        e -> assertThat(e.failureClass()).isEqualTo(FailureClass.BLOCKED_ADDRESS))
                .hasMessageContaining(host)
                .hasMessageContaining(why);
    }

    @Test
    void readsNumericFormsAsResolversDo() throws Exception {
        assertThat(NumericHost.parse("017700000001")).contains(InetAddress.getByName("127.0.0.1"));
        assertThat(NumericHost.parse("8.8.8.8")).contains(InetAddress.getByName("8.8.8.8"));
        assertThat(NumericHost.parse("terms.example.org")).isEmpty();
        assertThat(NumericHost.parse("1.2.3.4.5")).isEmpty();
        assertThat(NumericHost.parse("256.1.1.1")).isEmpty();
        assertThat(NumericHost.parse("09.1.1.1")).as("9 is no octal digit").isEmpty();
    }

    @Test
    void aPublicNumericFormIsStillLookedUp() {
        AddressGuard resolving = new AddressGuard(false, host -> {
            throw new UnknownHostException("asked for " + host);
        });

        assertThatThrownBy(() -> resolving.check(URI.create("http://0x08080808/")))
                .isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("0x08080808");
    }
}
