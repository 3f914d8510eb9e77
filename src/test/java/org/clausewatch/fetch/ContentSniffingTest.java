package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.junit.jupiter.api.Test;

class ContentSniffingTest {

    @Test
    void headerCharsetWinsOverMetaTag() {
        Bytes body = Bytes.of("<meta charset=\"windows-1252\">".getBytes(StandardCharsets.US_ASCII));

        assertThat(ContentSniffing.charset(Optional.of("text/html; charset=\"ISO-8859-15\""), body))
                .contains(Charset.forName("ISO-8859-15"));
    }

    @Test
    void byteOrderMarkWinsOverMetaTag() {
        byte[] page = {
            (byte) 0xef,
            (byte) 0xbb,
            (byte) 0xbf,
            '<',
            'm',
            'e',
            't',
            'a',
            ' ',
            'c',
            'h',
            'a',
            'r',
            's',
            'e',
            't',
            '=',
            'l',
            'a',
            't',
            'i',
            'n',
            '1',
            '>'
        };

        assertThat(ContentSniffing.charset(Optional.of("text/html"), Bytes.of(page)))
                .contains(StandardCharsets.UTF_8);
        assertThat(ContentSniffing.charset(Optional.empty(), Bytes.of(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0})))
                .contains(StandardCharsets.UTF_16LE);
    }

    @Test
    void readsMetaCharsetOnlyInTheFirstFourKilobytes() {
        String early = "<html><head><META CHARSET=Shift_JIS></head>";
        String late = "<html>" + " ".repeat(5000) + "<meta charset=Shift_JIS>";

        assertThat(ContentSniffing.charset(Optional.empty(), Bytes.of(early.getBytes(StandardCharsets.US_ASCII))))
                .contains(Charset.forName("Shift_JIS"));
        assertThat(ContentSniffing.charset(Optional.empty(), Bytes.of(late.getBytes(StandardCharsets.US_ASCII))))
                .isEmpty();
    }

    @Test
    void ignoresUnknownCharsetNames() {
        assertThat(ContentSniffing.charset(Optional.of("text/html; charset=klingon-8"), Bytes.empty()))
                .isEmpty();
    }

    @Test
    void mediaTypeDropsParametersAndCase() {
        assertThat(ContentSniffing.mediaType(Optional.of("Application/XHTML+xml ; charset=utf-8"), Bytes.empty()))
                .isEqualTo("application/xhtml+xml");
    }

    @Test
    void sniffsPdfOnlyWhenTheHeaderDoesNotSay() {
        Bytes pdf = Bytes.of("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        assertThat(ContentSniffing.mediaType(Optional.empty(), pdf)).isEqualTo("application/pdf");
        assertThat(ContentSniffing.mediaType(Optional.of("text/plain"), pdf)).isEqualTo("text/plain");
        assertThat(ContentSniffing.mediaType(Optional.empty(), Bytes.of(new byte[] {1, 2})))
                .isEqualTo("application/octet-stream");
    }
}
