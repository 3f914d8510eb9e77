package org.clausewatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.clausewatch.source.DeclarationProblem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterTest {
    private final DeclarationLoader loader = new DeclarationLoader();

    @TempDir
    Path folder;

    private DeclarationSet loadWithFilter(String filter) throws IOException {
        String json = "{'name': 'ChatGPT', 'terms': {'Privacy Policy': {'fetch': 'https://a.example/'," + " 'filter': "
                + filter + "}}}";
        return loader.loadFile(Files.writeString(folder.resolve("ChatGPT.json"), json.replace('\'', '"')));
    }

    private static List<Filter> filters(DeclarationSet set) {
        return set.services().get(0).documents().get(0).sources().get(0).filters();
    }

    private static List<String> messages(DeclarationSet set, Severity severity) {
        return set.problems().stream()
                .filter(p -> p.severity() == severity)
                .map(DeclarationProblem::message)
                .toList();
    }

    @Test
    void readsRemoveQueryParamsAsOpenTermsArchiveWritesIt() throws IOException {
        DeclarationSet set = loadWithFilter("[{'removeQueryParams': ['utm_source', 'utm_medium', 'utm_campaign']}]");

        assertThat(set.problems()).isEmpty();
        assertThat(filters(set))
                .containsExactly(new Filter.RemoveQueryParams(List.of("utm_source", "utm_medium", "utm_campaign")));
    }

    @Test
    void readsTheDeclarativeRemoveElementsAndReplaceTextFilters() throws IOException {
        DeclarationSet set = loadWithFilter("[{'removeElements': '.share-links'},"
                + " {'replaceText': {'pattern': 'Last updated: \\\\d+', 'replacement': 'Last updated'}}]");

        assertThat(set.problems()).isEmpty();
        assertThat(filters(set))
                .containsExactly(
                        new Filter.RemoveElements(".share-links"),
                        new Filter.ReplaceText(Pattern.compile("Last updated: \\d+"), "Last updated"));
    }

    @Test
    void warnsAboutACustomJavaScriptFilterAndStillTracksTheDocument() throws IOException {
        DeclarationSet set = loadWithFilter("['removeSharingLinks', {'removeQueryParams': ['ref']}]");

        assertThat(messages(set, Severity.ERROR)).isEmpty();
        assertThat(messages(set, Severity.WARNING))
                .containsExactly("declaration ChatGPT.json: filter 'removeSharingLinks' of 'Privacy Policy' is a custom"
                        + " JavaScript filter; ClauseWatch does not run JavaScript from declarations and tracks the"
                        + " document without it");
        assertThat(filters(set)).containsExactly(new Filter.RemoveQueryParams(List.of("ref")));
    }

    @Test
    void warnsAboutACustomFilterGivenWithParameters() throws IOException {
        DeclarationSet set = loadWithFilter("[{'removeCountryVersion': {'country': 'fr'}}]");

        assertThat(messages(set, Severity.WARNING))
                .singleElement()
                .asString()
                .contains("filter 'removeCountryVersion'");
        assertThat(filters(set)).isEmpty();
    }

    @Test
    void refusesABadRegularExpressionForThatDocument() throws IOException {
        DeclarationSet set = loadWithFilter("[{'replaceText': {'pattern': '(unclosed', 'replacement': ''}}]");

        assertThat(set.services().get(0).documents()).isEmpty();
        assertThat(messages(set, Severity.ERROR))
                .singleElement()
                .asString()
                .startsWith("declaration ChatGPT.json: 'Privacy Policy' filter 'replaceText' has a malformed regular"
                        + " expression '(unclosed':");
    }

    @Test
    void refusesMalformedFilterParameters() throws IOException {
        assertThat(messages(loadWithFilter("[{'removeElements': 'div['}]"), Severity.ERROR))
                .singleElement()
                .asString()
                .contains("filter 'removeElements' has a malformed CSS selector 'div['");
        assertThat(messages(loadWithFilter("[{'replaceText': {'replacement': 'x'}}]"), Severity.ERROR))
                .containsExactly("declaration ChatGPT.json: 'Privacy Policy' filter 'replaceText' has no 'pattern'");
        assertThat(messages(loadWithFilter("[{'removeQueryParams': [1]}]"), Severity.ERROR))
                .containsExactly(
                        "declaration ChatGPT.json: 'Privacy Policy' filter 'removeQueryParams' must be a string,"
                                + " not a number (1)");
        assertThat(messages(loadWithFilter("[7]"), Severity.ERROR))
                .singleElement()
                .asString()
                .contains("'filter' entries must be filter names or {name: parameters} objects, not a number (7)");
    }
}
