package org.clausewatch.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Tells, without starting Flyway, whether a database already holds every bundled migration exactly as bundled: the
 * same versions and scripts, with the checksums Flyway recorded, all successful. Opening a current database then costs
 * one query instead of Flyway's set-up, scan and validation (a noticeable share of a one-shot command's start); any
 * difference at all (a new migration, a failed one, an edited script, a database from a newer ClauseWatch) leaves the
 * decision to Flyway, as before.
 */
final class AppliedSchema {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private AppliedSchema() {}

    /** One versioned migration: its script's file name and Flyway's checksum of it. */
    record Migration(String script, int checksum) {}

    /** Whether {@code dataSource}'s schema history lists exactly the bundled migrations of {@code dialect}. */
    static boolean isCurrent(DataSource dataSource, Dialect dialect) {
        try (Connection connection = dataSource.getConnection()) {
            return isCurrent(connection, dialect);
        } catch (SQLException e) {
            return false; // Flyway decides, and reports what is wrong
        }
    }

    /** The same over an open connection, which stays open. */
    static boolean isCurrent(Connection connection, Dialect dialect) {
        Map<Integer, Migration> applied;
        try {
            applied = applied(connection);
        } catch (SQLException e) {
            return false; // no history table yet, or one of another shape: Flyway decides
        }
        return !applied.isEmpty() && applied.equals(bundled(dialect));
    }

    /**
     * The successful versioned migrations recorded in Flyway's history, by version; a failed or unusual row makes the
     * answer empty, so that Flyway looks at it.
     */
    private static Map<Integer, Migration> applied(Connection connection) throws SQLException {
        Map<Integer, Migration> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, script, checksum, type, success FROM flyway_schema_history")) {
            while (rows.next()) {
                String version = rows.getString(1);
                int checksum = rows.getInt(3);
                boolean usable = version != null
                        && version.matches("\\d+")
                        && !rows.wasNull()
                        && "SQL".equals(rows.getString(4))
                        && rows.getBoolean(5);
                if (!usable) {
                    return Map.of();
                }
                applied.put(Integer.valueOf(version), new Migration(rows.getString(2), checksum));
            }
        }
        return applied;
    }

    /** The dialect's versioned migrations on the class path, by version, with their checksums as Flyway computes them. */
    static Map<Integer, Migration> bundled(Dialect dialect) {
        String folder = dialect.migrationFolder() + "/";
        Map<Integer, Migration> bundled = new HashMap<>();
        for (String script : scripts(folder)) {
            Matcher versioned = VERSIONED.matcher(script);
            if (versioned.matches()) {
                bundled.put(Integer.valueOf(versioned.group(1)), new Migration(script, checksum(folder + script)));
            }
        }
        return bundled;
    }

    /** The file names in a class-path folder, whether it lies in a jar (the application) or a directory (the build). */
    private static List<String> scripts(String folder) {
        URL url = AppliedSchema.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                return jar.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.startsWith(folder) && name.length() > folder.length())
                        .map(name -> name.substring(folder.length()))
                        .filter(name -> !name.contains("/"))
                        .toList();
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(file -> file.getFileName().toString()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the migrations in " + url, e);
        } catch (URISyntaxException | RuntimeException e) {
            return List.of(); // an unusual class path: Flyway finds the migrations its own way
        }
    }

    /**
     * Flyway's checksum of a script: a CRC-32 over its lines in UTF-8, without line breaks and without a byte-order
     * mark at the start.
     */
    static int checksum(String resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = Objects.requireNonNull(
                        AppliedSchema.class.getClassLoader().getResourceAsStream(resource), resource);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the migration " + resource, e);
        }
        return (int) crc.getValue();
    }
}
