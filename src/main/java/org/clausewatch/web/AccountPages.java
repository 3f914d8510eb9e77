package org.clausewatch.web;

import java.util.List;
import java.util.TreeSet;
import org.clausewatch.alert.Channel;
import org.clausewatch.alert.Subscription;

/** The minimal HTML of the login form and the subscriptions page; every value is escaped. */
final class AccountPages {
    static final String CSP =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

    private AccountPages() {}

    static String login(String csrf, String message) {
        return page(
                "Sign in",
                (message.isEmpty() ? "" : "<p role=\"alert\">" + escape(message) + "</p>")
                        + "<form method=\"post\" action=\"/login\">" + hidden(csrf)
                        + "<p><label>E-mail <input type=\"email\" name=\"email\" required autocomplete=\"username\"></label></p>"
                        + "<p><label>Password <input type=\"password\" name=\"password\" required "
                        + "autocomplete=\"current-password\"></label></p><p><button>Sign in</button></p></form>");
    }

    static String subscriptions(String email, String csrf, List<Subscription> subscriptions, String message) {
        StringBuilder rows = new StringBuilder();
        for (Subscription s : subscriptions) {
            rows.append("<tr><td>")
                    .append(escape(String.join(", ", new TreeSet<>(s.filter().services()))))
                    .append("</td><td>")
                    .append(escape(String.join(", ", new TreeSet<>(s.filter().documents()))))
                    .append("</td><td>")
                    .append(escape(target(s.channel())))
                    .append("</td><td>")
                    .append(escape(s.mode().label()))
                    .append("</td><td><form method=\"post\" action=\"/account/subscriptions/")
                    .append(s.id())
                    .append("/delete\">")
                    .append(hidden(csrf))
                    .append("<button>Delete</button></form></td></tr>");
        }
        return page(
                "Subscriptions",
                "<div>Signed in as " + escape(email) + ". <form method=\"post\" action=\"/logout\">"
                        + hidden(csrf) + "<button>Sign out</button></form></div>"
                        + (message.isEmpty() ? "" : "<p role=\"alert\">" + escape(message) + "</p>")
                        + "<table><thead><tr><th scope=\"col\">Services</th><th scope=\"col\">Documents</th>"
                        + "<th scope=\"col\">Channel</th><th scope=\"col\">Mode</th><th></th></tr></thead><tbody>"
                        + rows
                        + "</tbody></table><h2>New subscription</h2><form method=\"post\" action=\"/account/subscriptions\">"
                        + hidden(csrf)
                        + "<p><label>Services (comma-separated) <input name=\"services\" required></label></p>"
                        + "<p><label>Documents (optional) <input name=\"documents\"></label></p>"
                        + "<p><label>Significance <select name=\"significance\"><option>substantive</option>"
                        + "<option>minor</option></select></label></p>"
                        + "<p><label>Channel <select name=\"channel\"><option>email</option><option>webhook</option>"
                        + "<option>feed</option></select></label></p>"
                        + "<p><label>E-mail address <input type=\"email\" name=\"address\"></label></p>"
                        + "<p><label>Webhook URL <input type=\"url\" name=\"url\"></label> "
                        + "<label>Secret <input name=\"secret\"></label></p>"
                        + "<p><label>Mode <select name=\"mode\"><option>immediate</option><option>daily</option>"
                        + "<option>weekly</option></select></label></p><p><button>Subscribe</button></p></form>");
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>ClauseWatch — " + escape(title)
                + "</title></head><body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    private static String target(Channel channel) {
        return switch (channel) {
            case Channel.Email email -> "e-mail " + email.address();
            case Channel.Webhook webhook -> "webhook " + webhook.url();
            case Channel.Feed feed -> "feed";
        };
    }

    private static String hidden(String csrf) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
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
