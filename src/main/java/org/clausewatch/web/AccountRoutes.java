package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.API;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Role;
import org.clausewatch.account.Sessions;
import org.clausewatch.account.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/me} for every signed-in user (with their password and API key); for admins, per-user plan limits and {@code POST
 * /api/v1/tracking-runs}, which starts a tracking pass at once.
 */
public final class AccountRoutes implements RouteGroup {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Accounts accounts;
    private final Sessions sessions;
    private final ApiAuth auth;
    private final TrackingRunner tracking;
    private final int defaultServiceLimit;

    /** Starts a tracking pass of the named services (all when empty) in the background; refuses unknown names. */
    @FunctionalInterface
    public interface TrackingRunner {
        void start(List<String> services);
    }

    public AccountRoutes(Accounts accounts, Sessions sessions, TrackingRunner tracking, int defaultServiceLimit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.auth = new ApiAuth(accounts);
        this.tracking = tracking;
        this.defaultServiceLimit = defaultServiceLimit;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/me", API, "The caller's account", auth.require(Role.VIEWER, this::me)),
                Route.put(
                        "/api/v1/me/password",
                        API,
                        "Changes the caller's password",
                        auth.require(Role.VIEWER, this::password)),
                Route.post(
                        "/api/v1/me/api-key",
                        API,
                        "Replaces the caller's API keys with a new one",
                        auth.require(Role.VIEWER, this::apiKey)),
                Route.put(
                        "/api/v1/users/{email}/service-limit",
                        API,
                        "Sets how many services a user may watch",
                        auth.require(Role.ADMIN, this::serviceLimit)),
                Route.post(
                        "/api/v1/tracking-runs",
                        API,
                        "Starts a tracking pass at once",
                        auth.require(Role.ADMIN, this::trackingRun)));
    }

    private void password(Context ctx, User user) {
        JsonNode body = JSON.readTree(ctx.body());
        accounts.changePassword(user.id(), text(body, "current"), text(body, "new"));
        sessions.closeAll(user.id());
        ctx.status(204);
    }

    /** The new key is in the answer only: the one that authenticated this request stops working with it. */
    private void apiKey(Context ctx, User user) {
        ctx.status(201);
        send(ctx, Map.of("apiKey", accounts.rotateApiKey(user.id())));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(field + ": must be a string, not " + value);
        }
        return value.asString();
    }

    private void me(Context ctx, User user) {
        send(ctx, json(user));
    }

    private void serviceLimit(Context ctx, User admin) {
        JsonNode body = JSON.readTree(ctx.body());
        JsonNode limit = body.get("limit");
        if (limit == null || !limit.isInt() || limit.asInt() < 0) {
            throw new IllegalArgumentException("limit: must be a whole number of services, 0 or more, not " + limit);
        }
        send(ctx, json(accounts.setServiceLimit(ctx.pathParam("email"), limit.asInt())));
    }

    private void trackingRun(Context ctx, User admin) {
        JsonNode body = ctx.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(ctx.body());
        List<String> services = new ArrayList<>();
        JsonNode names = body.get("services");
        if (names != null && !names.isArray()) {
            throw new IllegalArgumentException("services: must be an array of service names, not " + names);
        }
        if (names != null) {
            for (JsonNode name : names) {
                if (!name.isString()) {
                    throw new IllegalArgumentException("services: every entry must be a name, not " + name);
                }
                services.add(name.asString());
            }
        }
        tracking.start(services);
        ctx.status(202);
        send(ctx, Map.of("status", "started", "services", services));
    }

    private Map<String, Object> json(User user) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("email", user.email());
        node.put("role", user.role().label());
        node.put("serviceLimit", user.serviceLimit().orElse(defaultServiceLimit));
        return node;
    }

    private static void send(Context ctx, Object value) {
        ctx.contentType("application/json").result(JSON.writeValueAsString(value));
    }
}
