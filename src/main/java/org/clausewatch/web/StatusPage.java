package org.clausewatch.web;

import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.TrackingStatus;

/** The plain status page; every value from the database is escaped, since service names come from declarations. */
final class StatusPage {
    private StatusPage() {}

    static String row(DocumentRow document, TrackingStatus status) {
        String state = status.currentFailure()
                .map(f -> "failing since " + f.since() + " (" + f.failureClass().label() + "): " + f.message())
                .orElse("ok");
        String success = status.lastSuccessAt().map(Object::toString).orElse("never");
        return "<tr><td>" + escape(document.service()) + "</td><td>" + escape(document.termsType()) + "</td><td>"
                + escape(success) + "</td><td>" + escape(state) + "</td></tr>\n";
    }

    static String page(String rows) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>ClauseWatch — tracking status</title></head>
                <body><main><h1>ClauseWatch</h1><h2>Tracked documents</h2>
                <table><thead><tr><th scope="col">Service</th><th scope="col">Document</th>
                <th scope="col">Last successful capture</th><th scope="col">Status</th></tr></thead>
                <tbody>
                %s</tbody></table></main></body></html>
                """.formatted(rows);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
