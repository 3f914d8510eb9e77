package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.List;

/** What a provision establishes about rights: who gets which rights over what, for which purposes, for how long. */
final class GrantProse {
    /** Scope words in the order a sentence lists them ("a perpetual, irrevocable, worldwide … licence"). */
    private static final List<String> SCOPE_ORDER = List.of(
            "exclusive",
            "perpetual",
            "irrevocable",
            "worldwide",
            "non-exclusive",
            "royalty-free",
            "fully-paid",
            "transferable",
            "sublicensable",
            "limited",
            "revocable");

    private GrantProse() {}

    static void write(Facts facts, List<String> says) {
        assignment(facts, says);
        waiver(facts, says);
        List<String> grantees = facts.values(Names.LICENCE_GRANTEE);
        List<String> toOthers = Facts.without(grantees, "user");
        if (!toOthers.isEmpty()) {
            licence(facts, toOthers.get(0), says);
        } else if (grantees.contains("user")) {
            toUser(facts, says);
        } else if (facts.has(Names.LICENCE_SCOPE) && facts.has(Names.LICENCE_SUBJECT)) {
            licence(facts, "", says);
        }
        ownership(facts, says);
    }

    private static void licence(Facts facts, String grantee, List<String> says) {
        String who = grantee.isEmpty() ? "" : " " + facts.phrase(Names.LICENCE_GRANTEE, grantee);
        String subject = facts.has(Names.LICENCE_SUBJECT) ? facts.phrases(Names.LICENCE_SUBJECT) : "your content";
        String purposes = facts.has(Names.LICENCE_PURPOSE) ? " " + facts.phrases(Names.LICENCE_PURPOSE) : "";
        says.add(facts.sentence("You give" + who + " " + article(scope(facts)) + " to " + subject + purposes));
        List<String> lasting = new ArrayList<>();
        if (facts.has(Names.LICENCE_SCOPE, "perpetual")) {
            lasting.add("does not end with time");
        }
        if (facts.has(Names.LICENCE_SCOPE, "irrevocable")) {
            lasting.add("cannot be withdrawn");
        }
        if (facts.has(Names.LICENCE_SCOPE, "survives-termination")) {
            lasting.add("continues after you stop using the service");
        }
        if (!lasting.isEmpty()) {
            says.add("The licence " + Facts.join(lasting) + ".");
        }
        if (facts.has(Names.LICENCE_SCOPE, "sublicensable") || facts.has(Names.LICENCE_SCOPE, "transferable")) {
            says.add("The rights may be passed on to others.");
        }
        limits(facts, says);
    }

    private static void toUser(Facts facts, List<String> says) {
        says.add(facts.platform()
                + (facts.has(Names.LICENCE_SUBJECT, "outputs")
                        ? " gives you a licence to use the output generated for you."
                        : " gives you a licence to use its service, software or materials."));
        limits(facts, says);
    }

    private static void limits(Facts facts, List<String> says) {
        facts.values(Names.LICENCE_CONDITION).forEach(limit -> says.add(Conditions.sentence(limit)));
    }

    /** "a worldwide, non-exclusive, royalty-free licence", or "a licence" when no scope word was read. */
    private static String scope(Facts facts) {
        List<String> words = new ArrayList<>();
        for (String scope : SCOPE_ORDER) {
            if (facts.has(Names.LICENCE_SCOPE, scope)) {
                words.add(facts.phrase(Names.LICENCE_SCOPE, scope));
            }
        }
        return words.isEmpty() ? "licence" : String.join(", ", words) + " licence";
    }

    private static String article(String phrase) {
        return ("aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "an " : "a ") + phrase;
    }

    private static void assignment(Facts facts, List<String> says) {
        if (facts.has(Names.LICENCE_ASSIGNMENT, "to-provider")) {
            if (facts.values(Names.LICENCE_SUBJECT).equals(List.of("feedback"))) {
                says.add("Feedback and suggestions you send become " + facts.platform() + "'s property.");
            } else if (facts.values(Names.LICENCE_SUBJECT).equals(List.of("usage-data"))) {
                says.add("Data about how you use the service becomes " + facts.platform() + "'s property.");
            } else {
                String subject =
                        facts.has(Names.LICENCE_SUBJECT) ? facts.phrases(Names.LICENCE_SUBJECT) : "your content";
                says.add("You transfer your rights in " + subject + " to " + facts.platform() + ".");
            }
        }
        if (facts.has(Names.LICENCE_ASSIGNMENT, "to-user")) {
            says.add(facts.platform() + " transfers to you whatever rights it has in the output generated for you.");
        }
    }

    private static void waiver(Facts facts, List<String> says) {
        if (!facts.has(Names.LICENCE_WAIVER)) {
            return;
        }
        String subject = facts.values(Names.LICENCE_SUBJECT).equals(List.of("feedback"))
                ? "the feedback you send"
                : "your content";
        String forGood = facts.has(Names.LICENCE_WAIVER, "moral-rights-for-good") ? " for good" : "";
        says.add("You give up" + forGood + " your moral rights in " + subject + ": to be named as its author and to"
                + " object to changes to it.");
    }

    private static void ownership(Facts facts, List<String> says) {
        if (facts.has("ownership.input", "user")) {
            says.add("You keep ownership of what you put into the service.");
        }
        if (facts.has("ownership.output", "provider")) {
            says.add(facts.platform() + " claims ownership of the output generated for you.");
        } else if (facts.has("ownership.output", "user") && !facts.has(Names.LICENCE_ASSIGNMENT, "to-user")) {
            says.add("You own the output generated for you.");
        }
    }
}
