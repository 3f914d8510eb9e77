package org.clausewatch.alert;

/** Small terms documents whose versions differ the way real ones do: substantively, cosmetically, by date. */
final class Terms {
    static final String V1 = """
            # Terms of Service

            Last updated: 1 January 2026

            ## 1. Your content

            We may use your content to provide and improve the Services.

            ## 2. Termination

            We may suspend your account if you break these Terms.
            """;

    /** The licence now covers training AI models. */
    static final String SUBSTANTIVE = V1.replace(
            "to provide and improve the Services.",
            "to provide the Services and to train our artificial intelligence models, without further notice.");

    /** Only the date of the last update moved. */
    static final String MINOR = V1.replace("1 January 2026", "3 February 2026");

    /** Only the punctuation changed. */
    static final String COSMETIC = V1.replace("break these Terms.", "break these Terms;");

    private Terms() {}
}
