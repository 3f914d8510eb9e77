package org.clausewatch.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.clausewatch.cli.Cli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the real command line in-process and captures what it prints. */
public record CliRun(int status, String out, String err) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }

    public JsonNode json() {
        return JSON.readTree(out);
    }
}
