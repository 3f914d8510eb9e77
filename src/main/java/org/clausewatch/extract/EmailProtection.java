package org.clausewatch.extract;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Undoes Cloudflare's e-mail address obfuscation. Cloudflare replaces each address with "[email protected]" and a
 * hex string XOR-ed with a per-request key (first byte), so the page differs on every capture while the address
 * does not. The real address is restored when the hex is present and decodes to a valid address; otherwise the
 * visible text is kept.
 */
final class EmailProtection {
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2}){2,}");
    private static final String PROTECTED_LINK = "a[href*=/cdn-cgi/l/email-protection]";
    /**
     * What a decoded address must look like. Markup that only resembles Cloudflare's (another key layout, a truncated
     * string) decodes to different debris on every capture; keeping the placeholder instead keeps the text stable.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[email(?:\\s|\\u00A0)*protected\\]");

    private EmailProtection() {}

    static void restore(Element root) {
        for (Element element : root.select("[data-cfemail]")) {
            Optional<String> address = decode(element.attr("data-cfemail"));
            element.removeAttr("data-cfemail");
            address.ifPresent(a -> replaceContent(element, a));
        }
        for (Element link : root.select(PROTECTED_LINK)) {
            String href = link.attr("href");
            int hash = href.indexOf('#');
            Optional<String> address = hash < 0 ? Optional.empty() : decode(href.substring(hash + 1));
            if (address.isPresent()) {
                link.attr("href", "mailto:" + address.get());
                if (PLACEHOLDER.matcher(link.text()).find() || link.text().isBlank()) {
                    link.empty().appendText(address.get());
                }
            } else {
                // The link's target is only Cloudflare's decoding page: keep what the reader sees.
                link.removeAttr("href");
            }
        }
    }

    private static void replaceContent(Element element, String address) {
        if (element.nameIs("a")) {
            element.attr("href", "mailto:" + address);
            element.empty().appendText(address);
        } else {
            element.replaceWith(new TextNode(address));
        }
    }

    /** The address hidden in Cloudflare's hex: the first byte is the key every later byte is XOR-ed with. */
    static Optional<String> decode(String hex) {
        if (!HEX.matcher(hex).matches()) {
            return Optional.empty();
        }
        int key = Integer.parseInt(hex.substring(0, 2), 16);
        byte[] bytes = new byte[hex.length() / 2 - 1];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (Integer.parseInt(hex.substring(2 * i + 2, 2 * i + 4), 16) ^ key);
        }
        String address = new String(bytes, StandardCharsets.UTF_8);
        return ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }
}
