package org.clausewatch.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Role;
import org.clausewatch.account.User;
import org.clausewatch.alert.InvalidSubscriptionException;
import org.clausewatch.alert.PlanLimitException;
import tools.jackson.core.JacksonException;

/**
 * API authentication ({@code Authorization: Bearer <key>}) and role checks in front of a handler, and the mapping
 * of refusals to problem answers: 401 without a valid key, 403 for a role too low, 4xx for bad input.
 */
final class ApiAuth {
    private final Accounts accounts;

    ApiAuth(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A handler that needs a signed-in user. */
    @FunctionalInterface
    interface UserHandler {
        void handle(Context ctx, User user) throws Exception;
    }

    Handler require(Role role, UserHandler handler) {
        return ctx -> {
            Optional<User> user = user(ctx);
            if (user.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"clausewatch\"");
                Problems.answer(
                        ctx,
                        401,
                        "unauthenticated",
                        "Authentication required",
                        "send 'Authorization: Bearer <API key>'; an admin creates keys with 'clausewatch user add'");
                return;
            }
            if (!user.orElseThrow().can(role)) {
                Problems.answer(
                        ctx,
                        403,
                        "forbidden",
                        "Role too low",
                        "this needs the role " + role.label() + "; you are "
                                + user.orElseThrow().role().label(),
                        Map.of("requiredRole", role.label()));
                return;
            }
            answerRefusals(ctx, user.orElseThrow(), handler);
        };
    }

    private Optional<User> user(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return accounts.byApiKey(header.substring(7).trim());
    }

    private static void answerRefusals(Context ctx, User user, UserHandler handler) throws Exception {
        try {
            handler.handle(ctx, user);
        } catch (InvalidSubscriptionException e) {
            Problems.answer(
                    ctx,
                    422,
                    "invalid-subscription",
                    "Invalid subscription",
                    e.getMessage(),
                    Map.of("field", e.field()));
        } catch (PlanLimitException e) {
            Problems.answer(ctx, 409, "plan-limit", "Plan limit reached", e.getMessage(), Map.of("limit", e.limit()));
        } catch (JacksonException e) {
            Problems.answer(
                    ctx, 400, "malformed-json", "Malformed JSON", "the body is not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            Problems.answer(ctx, 422, "invalid-request", "Invalid request", e.getMessage());
        }
    }
}
