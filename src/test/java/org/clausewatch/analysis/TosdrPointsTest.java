package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TosdrPointsTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks(@TempDir Path folder) throws IOException {
        Path csv = folder.resolve("points.csv");
        Files.writeString(
                csv,
                "point_id,services,case,quote_text\r\n"
                        + "1,acme,\" Terms may be changed any time \",\"We may, at any time,\n change \"\"these\"\" <b>terms</b>.\"\n"
                        + "2,acme,Some case,\n");
        List<TosdrPoint> points = TosdrPoints.read(csv);
        assertThat(points)
                .containsExactly(new TosdrPoint(
                        "acme", "Terms may be changed any time", "We may, at any time,\n change \"these\"  terms ."));
    }
}
