package org.clausewatch.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** A parsed database location: a SQLite file, or a PostgreSQL server with its credentials. */
sealed interface Location {
    String USAGE = "expected sqlite:<path>, a path ending in .db, or postgresql://user:password@host:port/database";

    record Sqlite(Path file) implements Location {}

    /** {@code jdbcUrl} holds no credentials, so it may appear in messages. */
    record Postgres(String jdbcUrl, Optional<String> user, Optional<String> password) implements Location {}

    static Location parse(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("database location is empty; " + USAGE);
        }
        String text = location.strip();
        if (text.startsWith("sqlite:")) {
            return sqlite(text.substring("sqlite:".length()), location);
        }
        if (text.startsWith("jdbc:postgresql:") || text.startsWith("postgresql:") || text.startsWith("postgres:")) {
            return postgres(text.startsWith("jdbc:") ? text.substring("jdbc:".length()) : text);
        }
        if (text.endsWith(".db")) {
            return sqlite(text, location);
        }
        throw new StoreException("database location '" + location + "' is not understood; " + USAGE);
    }

    private static Location sqlite(String path, String location) {
        if (path.isBlank()) {
            throw new StoreException("database location '" + location + "' names no file; " + USAGE);
        }
        try {
            return new Sqlite(Path.of(path));
        } catch (InvalidPathException e) {
            throw new StoreException("database location '" + location + "' is not a valid path: " + e.getMessage(), e);
        }
    }

    /** Credentials are taken out of the URL so that no message or log ever shows the password. */
    private static Location postgres(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new StoreException("PostgreSQL location is not a valid URL (" + e.getReason() + "); " + USAGE, e);
        }
        if (uri.getHost() == null
                || uri.getRawPath() == null
                || uri.getRawPath().length() < 2) {
            throw new StoreException("PostgreSQL location 'postgresql://" + uri.getHost() + ":" + uri.getPort()
                    + uri.getRawPath() + "' needs a host and a database name; " + USAGE);
        }
        String hostPort = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + hostPort + uri.getRawPath() + query;
        Optional<String> userInfo = Optional.ofNullable(uri.getRawUserInfo());
        Optional<String> user =
                userInfo.map(info -> decode(info.split(":", 2)[0])).filter(u -> !u.isEmpty());
        Optional<String> password =
                userInfo.filter(info -> info.contains(":")).map(info -> decode(info.split(":", 2)[1]));
        return new Postgres(jdbcUrl, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
