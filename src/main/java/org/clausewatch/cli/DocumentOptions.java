package org.clausewatch.cli;

import org.clausewatch.browse.Catalogue;
import org.clausewatch.store.DocumentRow;
import picocli.CommandLine.Option;

/** {@code --service S --type T}: names one document. */
final class DocumentOptions {
    @Option(names = "--service", paramLabel = "S", required = true, description = "Service name, e.g. ChatGPT.")
    String service;

    @Option(
            names = {"--type", "--terms-type"},
            paramLabel = "T",
            required = true,
            description = "Terms type, e.g. \"Terms of Service\".")
    String termsType;

    DocumentRow find(Catalogue catalogue) {
        return catalogue.document(service, termsType);
    }
}
