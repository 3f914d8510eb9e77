package org.clausewatch.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The site's stable, readable URLs: {@code /services/chatgpt/terms-of-service}, {@code /changes/42},
 * {@code /provisions/<lineage id>}. Names become slugs (lower case, words joined by hyphens); a slug is resolved
 * back by comparing it with the slugs of the recorded names. Public because templates call it.
 */
public final class Links {
    private Links() {}

    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "-" : slug;
    }

    public static String service(String service) {
        return "/services/" + encode(slug(service));
    }

    public static String document(String service, String termsType) {
        return service(service) + "/" + encode(slug(termsType));
    }

    public static String version(String service, String termsType, long versionId) {
        return document(service, termsType) + "?version=" + versionId;
    }

    public static String compare(String service, String termsType, long from, long to) {
        return document(service, termsType) + "/compare?from=" + from + "&to=" + to;
    }

    public static String change(long id) {
        return "/changes/" + id;
    }

    public static String provision(String lineageId) {
        return "/provisions/" + encode(lineageId);
    }

    public static String topic(String id) {
        return "/topics/" + encode(id);
    }

    public static String regulation(String id) {
        return "/regulations/" + encode(id);
    }

    public static String capture(long id) {
        return "/captures/" + id;
    }

    public static String rawCapture(long id) {
        return "/captures/" + id + "/raw";
    }

    public static String anchor(String lineageId) {
        return "p-" + lineageId;
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
