package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Set;

/** The attribute names ClauseWatch reads; rule tables and templates are checked against this list. */
final class Names {
    static final String LICENCE_GRANTEE = "licence.grantee";
    static final String LICENCE_SUBJECT = "licence.subject";
    static final String LICENCE_SCOPE = "licence.scope";
    static final String LICENCE_PURPOSE = "licence.purpose";
    static final String LICENCE_CONDITION = "licence.condition";
    static final String LICENCE_ASSIGNMENT = "licence.assignment";
    static final String LICENCE_WAIVER = "licence.waiver";
    static final String TRAINING_USE = "training.use";
    static final String TRAINING_DATA = "training.data";
    static final String TRAINING_CONDITION = "training.condition";
    static final String TRAINING_ONLY = "training.only";
    static final String TRAINING_OPT_OUT = "training.optOut";
    static final String TRAINING_OPT_OUT_ROUTE = "training.optOutRoute";
    static final String TRAINING_RESTRICTION = "restriction.modelTraining";
    static final String RETENTION_DAYS = "retention.days";
    static final String NOTICE_DAYS = "notice.days";
    static final String ARBITRATION_OPT_OUT_DAYS = "arbitration.optOutDays";
    static final String LIABILITY_CAP = "liability.cap";
    static final String LIABILITY_CAP_BASIS = "liability.capBasis";
    static final String MINIMUM_AGE = "age.minimum";
    static final String PARENTAL_CONSENT_BELOW = "age.parentalConsentBelow";
    static final String GOVERNING_LAW = "law.governing";
    static final String VENUE = "venue";
    static final String RECIPIENTS = "data.recipients";

    /** Names set by {@code statement} lines of the lexicon; listed so that a typo there is caught at load. */
    static final Set<String> STATEMENTS = Set.of(
            "review.human",
            "dispute.arbitration",
            "dispute.classActionWaiver",
            "ownership.output",
            "ownership.input",
            "data.sale",
            "retention.indefinite");

    /** Every name in the order attributes are listed in an analysis. */
    static final List<String> ORDER = List.of(
            LICENCE_GRANTEE,
            LICENCE_SUBJECT,
            LICENCE_SCOPE,
            LICENCE_PURPOSE,
            LICENCE_CONDITION,
            LICENCE_ASSIGNMENT,
            LICENCE_WAIVER,
            TRAINING_USE,
            TRAINING_DATA,
            TRAINING_ONLY,
            TRAINING_CONDITION,
            TRAINING_OPT_OUT,
            TRAINING_OPT_OUT_ROUTE,
            TRAINING_RESTRICTION,
            "ownership.input",
            "ownership.output",
            "review.human",
            RETENTION_DAYS,
            "retention.indefinite",
            NOTICE_DAYS,
            "dispute.arbitration",
            "dispute.classActionWaiver",
            ARBITRATION_OPT_OUT_DAYS,
            LIABILITY_CAP,
            LIABILITY_CAP_BASIS,
            MINIMUM_AGE,
            PARENTAL_CONSENT_BELOW,
            GOVERNING_LAW,
            VENUE,
            RECIPIENTS,
            "data.sale");

    /** Names whose values are whole numbers, so rules may compare them with {@code <} and {@code >=}. */
    static final Set<String> NUMERIC =
            Set.of(RETENTION_DAYS, NOTICE_DAYS, ARBITRATION_OPT_OUT_DAYS, MINIMUM_AGE, PARENTAL_CONSENT_BELOW);

    private Names() {}

    static boolean known(String name) {
        return ORDER.contains(name);
    }

    static int rank(String name) {
        return ORDER.indexOf(name);
    }
}
