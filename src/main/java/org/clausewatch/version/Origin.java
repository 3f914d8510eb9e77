package org.clausewatch.version;

import java.util.EnumSet;
import java.util.Set;

/** How the text of a version to record was obtained; it decides the flags the version carries. */
public sealed interface Origin {
    /**
     * Captured by a tracking pass. {@code extractionOnly}: every page's bytes were those of the previous capture, and
     * the text was extracted again only because the extraction changed. {@code confirmedShrink}: the text is a size
     * anomaly that {@link ShrinkConfirmation} confirmed.
     */
    record Tracked(boolean extractionOnly, boolean confirmedShrink, boolean afterOutlier) implements Origin {
        public Tracked(boolean extractionOnly, boolean confirmedShrink) {
            this(extractionOnly, confirmedShrink, false);
        }
    }

    /** The archived captures of the latest version, extracted again with the current extraction. */
    record Reextracted() implements Origin {}

    /**
     * A version of an imported history; {@code technicalUpgrade} when that history marks it as one, {@code
     * afterOutlier} when it was recorded although it shrank against an outlier (see {@link VersionFlag#AFTER_OUTLIER}),
     * {@code confirmedShrink} when it is a size anomaly that kept coming back (see {@link ShrinkConfirmation}).
     */
    record Imported(boolean technicalUpgrade, boolean afterOutlier, boolean confirmedShrink) implements Origin {
        public Imported(boolean technicalUpgrade, boolean afterOutlier) {
            this(technicalUpgrade, afterOutlier, false);
        }

        public Imported(boolean technicalUpgrade) {
            this(technicalUpgrade, false, false);
        }
    }

    /** The flags of a version of this origin; {@code first} when the document has no recorded version yet. */
    default Set<VersionFlag> flags(boolean first) {
        Set<VersionFlag> flags = EnumSet.noneOf(VersionFlag.class);
        switch (this) {
            case Tracked tracked -> {
                if (tracked.confirmedShrink()) {
                    flags.add(VersionFlag.CONFIRMED_SHRINK);
                }
                if (tracked.afterOutlier()) {
                    flags.add(VersionFlag.AFTER_OUTLIER);
                }
                if (first) {
                    flags.add(VersionFlag.FIRST_RECORD);
                } else if (tracked.extractionOnly()) {
                    flags.add(VersionFlag.TECHNICAL_UPGRADE);
                }
            }
            case Reextracted reextracted -> flags.add(VersionFlag.TECHNICAL_UPGRADE);
            case Imported imported -> {
                flags.add(VersionFlag.IMPORTED);
                if (imported.afterOutlier()) {
                    flags.add(VersionFlag.AFTER_OUTLIER);
                }
                if (imported.confirmedShrink()) {
                    flags.add(VersionFlag.CONFIRMED_SHRINK);
                }
                if (first) {
                    flags.add(VersionFlag.FIRST_RECORD);
                } else if (imported.technicalUpgrade()) {
                    flags.add(VersionFlag.TECHNICAL_UPGRADE);
                }
            }
        }
        return flags;
    }
}
