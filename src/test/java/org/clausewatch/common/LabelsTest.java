package org.clausewatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private enum Sample {
        TECHNICAL_UPGRADE,
        FIRST_RECORD,
        IMPORTED
    }

    @Test
    void spellsConstantsInLowerCaseWithHyphens() {
        assertThat(Labels.of(Sample.TECHNICAL_UPGRADE)).isEqualTo("technical-upgrade");
        assertThat(Labels.of(FailureClass.ARCHIVE_ERROR)).isEqualTo("archive-error");
    }

    @Test
    void parsesEverySpellingItWritesInAnyCaseAndNothingElse() {
        for (Sample sample : Sample.values()) {
            assertThat(Labels.parse(Sample.class, Labels.of(sample))).contains(sample);
        }
        assertThat(Labels.parse(Sample.class, "Technical-Upgrade")).contains(Sample.TECHNICAL_UPGRADE);
        assertThat(Labels.parse(Sample.class, "technical upgrade")).isEmpty();
        assertThat(Labels.parse(Sample.class, "")).isEmpty();
    }

    @Test
    void listsSetsAndEveryConstantInDeclarationOrderWhateverOrderTheSetIteratesIn() {
        assertThat(Labels.sorted(EnumSet.allOf(Sample.class)))
                .containsExactly("technical-upgrade", "first-record", "imported");
        assertThat(Labels.sorted(java.util.List.of(Sample.IMPORTED, Sample.FIRST_RECORD, Sample.TECHNICAL_UPGRADE)))
                .containsExactly("technical-upgrade", "first-record", "imported");
        assertThat(Labels.all(Sample.class)).containsExactly("technical-upgrade", "first-record", "imported");
    }
}
