package org.clausewatch.change;

import java.nio.file.Path;
import org.clausewatch.provision.Histories;
import org.junit.jupiter.api.Test;

class ExploreIT {
    @Test
    void explore() {
        String only = System.getProperty("doc", "");
        for (Path document : Histories.documents()) {
            if (!document.toString().contains(only)) continue;
            for (Replay.Step step : Replay.of(document)) {
                System.out.println("## " + step.file() + " :: " + step.record().summary());
                step.record().items().stream()
                        .limit(Integer.getInteger("items", 6))
                        .forEach(i -> {
                            System.out.println("   - " + i.summary());
                            if (i.kind() == ChangeItem.Kind.MODIFIED) {
                                StringBuilder r = new StringBuilder();
                                for (Redline l : i.redline()) {
                                    if (l.op() != Redline.Op.EQUAL)
                                        r.append(l.op() == Redline.Op.INSERT ? " {+" : " [-")
                                                .append(l.text())
                                                .append(l.op() == Redline.Op.INSERT ? "+}" : "-]");
                                }
                                System.out.println("       " + (r.length() > 300 ? r.substring(0, 300) : r));
                            }
                        });
            }
        }
    }
}
