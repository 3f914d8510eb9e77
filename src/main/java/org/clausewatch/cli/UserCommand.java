package org.clausewatch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clausewatch.ClauseWatch;
import org.clausewatch.account.NewAccount;
import org.clausewatch.account.Role;
import org.clausewatch.account.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code user}: create users (the first admin too), list them, set their plan limit, issue and revoke API keys. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage users: add, list, limit, key-new, key-revoke.",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.ListUsers.class,
            UserCommand.Limit.class,
            UserCommand.KeyNew.class,
            UserCommand.KeyRevoke.class
        })
final class UserCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "say add, list, limit, key-new or key-revoke");
    }

    /** {@code user add EMAIL --role R}: prints the one-time password and an API key. */
    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Create a user; prints a one-time password and an API key.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "EMAIL", description = "The user's e-mail address.")
        String email;

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                defaultValue = "viewer",
                description = "admin, analyst or viewer (default ${DEFAULT-VALUE}).")
        String role;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Role parsed = Role.parse(role);
            try (ClauseWatch app = common.open()) {
                NewAccount account = app.accounts().create(email, parsed);
                if (common.json) {
                    Map<String, Object> node = json(account.user());
                    node.put("password", account.password());
                    node.put("apiKey", account.apiKey());
                    Json.print(spec.commandLine().getOut(), node);
                } else {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "created %s %s%none-time password: %s%nAPI key: %s%nBoth are shown only now; keep them safe.%n",
                                    parsed.label(), account.user().email(), account.password(), account.apiKey());
                }
            }
            return 0;
        }
    }

    /** {@code user list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ClauseWatch app = common.open()) {
                List<Map<String, Object>> users = new ArrayList<>();
                app.accounts().users().forEach(u -> users.add(json(u)));
                if (common.json) {
                    Json.print(spec.commandLine().getOut(), Map.of("users", users));
                } else {
                    for (User user : app.accounts().users()) {
                        spec.commandLine()
                                .getOut()
                                .printf("%s\t%s%n", user.email(), user.role().label());
                    }
                }
            }
            return 0;
        }
    }

    /** {@code user limit EMAIL N}: how many services the user may watch. */
    @Command(name = "limit", mixinStandardHelpOptions = true, description = "Set how many services a user may watch.")
    static final class Limit implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Parameters(index = "1", paramLabel = "N")
        int limit;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ClauseWatch app = common.open()) {
                User user = app.accounts().setServiceLimit(email, limit);
                spec.commandLine().getOut().printf("%s may watch %d services%n", user.email(), limit);
            }
            return 0;
        }
    }

    /** {@code user key-new EMAIL}: a new API key for the user, shown once; every earlier key is revoked. */
    @Command(
            name = "key-new",
            mixinStandardHelpOptions = true,
            description = "Give a user a new API key (shown once) and revoke their earlier keys.")
    static final class KeyNew implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ClauseWatch app = common.open()) {
                User user = app.accounts()
                        .byEmail(email)
                        .orElseThrow(() -> new IllegalArgumentException("no user '" + email + "'"));
                String key = app.accounts().rotateApiKey(user.id());
                if (common.json) {
                    Json.print(spec.commandLine().getOut(), Map.of("email", user.email(), "apiKey", key));
                } else {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "API key for %s: %s%nShown only now; earlier keys no longer work.%n",
                                    user.email(), key);
                }
            }
            return 0;
        }
    }

    /** {@code user key-revoke EMAIL}: the user's API keys stop working at once. */
    @Command(
            name = "key-revoke",
            mixinStandardHelpOptions = true,
            description = "Revoke every API key of a user at once.")
    static final class KeyRevoke implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ClauseWatch app = common.open()) {
                int revoked = app.accounts().revokeApiKeys(email);
                if (common.json) {
                    Json.print(spec.commandLine().getOut(), Map.of("email", email, "revoked", revoked));
                } else {
                    spec.commandLine().getOut().printf("revoked %d API keys of %s%n", revoked, email);
                }
            }
            return 0;
        }
    }

    static Map<String, Object> json(User user) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", user.id());
        node.put("email", user.email());
        node.put("role", user.role().label());
        node.put(
                "serviceLimit",
                user.serviceLimit().isPresent() ? user.serviceLimit().getAsInt() : null);
        node.put("createdAt", user.createdAt().toString());
        return node;
    }
}
