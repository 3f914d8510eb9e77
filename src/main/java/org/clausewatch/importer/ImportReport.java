package org.clausewatch.importer;

import java.util.List;

/** What an import added, per document. */
public record ImportReport(List<DocumentImport> documents) {
    public ImportReport {
        documents = List.copyOf(documents);
    }

    public int versionsImported() {
        return documents.stream().mapToInt(DocumentImport::imported).sum();
    }

    /** One document: versions added, files whose text equalled the previous version, files refused with the reason. */
    public record DocumentImport(String service, String termsType, int imported, int unchanged, List<String> refused) {
        public DocumentImport {
            refused = List.copyOf(refused);
        }
    }
}
