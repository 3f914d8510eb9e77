package org.clausewatch.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginTest {
    @Test
    void aTrackedVersionIsAFirstRecordOrATechnicalUpgradeOnlyWhenJustTheExtractionChanged() {
        assertThat(new Origin.Tracked(false, false).flags(true)).containsExactly(VersionFlag.FIRST_RECORD);
        assertThat(new Origin.Tracked(false, false).flags(false)).isEmpty();
        assertThat(new Origin.Tracked(true, false).flags(false)).containsExactly(VersionFlag.TECHNICAL_UPGRADE);
        assertThat(new Origin.Tracked(true, false).flags(true)).containsExactly(VersionFlag.FIRST_RECORD);
    }

    @Test
    void aConfirmedShrinkSaysSo() {
        assertThat(new Origin.Tracked(false, true).flags(false)).containsExactly(VersionFlag.CONFIRMED_SHRINK);
        assertThat(new Origin.Tracked(true, true).flags(false))
                .containsExactlyInAnyOrder(VersionFlag.CONFIRMED_SHRINK, VersionFlag.TECHNICAL_UPGRADE);
    }

    @Test
    void aReextractionIsAlwaysATechnicalUpgrade() {
        assertThat(new Origin.Reextracted().flags(false)).containsExactly(VersionFlag.TECHNICAL_UPGRADE);
    }

    @Test
    void anImportedVersionIsFlaggedImportedAndFirstOrUpgradedAsItsHistorySays() {
        assertThat(new Origin.Imported(false).flags(true))
                .containsExactlyInAnyOrder(VersionFlag.IMPORTED, VersionFlag.FIRST_RECORD);
        assertThat(new Origin.Imported(true).flags(true))
                .containsExactlyInAnyOrder(VersionFlag.IMPORTED, VersionFlag.FIRST_RECORD);
        assertThat(new Origin.Imported(true).flags(false))
                .containsExactlyInAnyOrder(VersionFlag.IMPORTED, VersionFlag.TECHNICAL_UPGRADE);
        assertThat(new Origin.Imported(false).flags(false)).containsExactly(VersionFlag.IMPORTED);
    }
}
