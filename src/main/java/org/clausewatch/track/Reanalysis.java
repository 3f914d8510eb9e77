package org.clausewatch.track;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.clausewatch.common.Progress;
import org.clausewatch.common.ReadingReport;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.NewReadings;
import org.clausewatch.store.Store;
import org.clausewatch.store.UnreadProvision;

/**
 * Reads every recorded wording that has no reading of the current reader version: after an upgrade of the reader
 * (its version follows its models, cues and rule tables), or for a database recorded before provisions were read.
 * Each batch is committed on its own, so work stopped half-way keeps what it read and the next run goes on from there.
 */
public final class Reanalysis {
    private static final int BATCH = 2_000;

    private final Store store;
    private final ProvisionReader reader;

    public Reanalysis(Store store, ProvisionReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** Reads batch after batch until none is left or {@code stop} says so between two batches. */
    public ReadingReport run(BooleanSupplier stop) {
        return run(stop, Progress.NONE);
    }

    /** The same, telling {@code progress} of each batch read; how many are unread is not counted beforehand. */
    public ReadingReport run(BooleanSupplier stop, Progress progress) {
        if (stop.getAsBoolean()) {
            return new ReadingReport(0, 0, true);
        }
        int keyed = store.fillProvisionKeys();
        int read = 0;
        progress.begin(-1, "wordings");
        for (List<UnreadProvision> batch = store.unreadProvisions(ProvisionReader.VERSION, BATCH);
                !batch.isEmpty();
                batch = store.unreadProvisions(ProvisionReader.VERSION, BATCH)) {
            if (stop.getAsBoolean()) {
                return new ReadingReport(keyed, read, true);
            }
            Map<String, Reading> readings = new HashMap<>();
            for (UnreadProvision unread : batch) {
                readings.put(unread.readingKey(), reader.read(unread.text(), unread.context()));
            }
            store.recordReadings(new NewReadings(ProvisionReader.VERSION, readings));
            read += readings.size();
            progress.advance(readings.size(), "reader version " + ProvisionReader.VERSION);
        }
        return new ReadingReport(keyed, read, false);
    }
}
