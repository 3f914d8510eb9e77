package org.clausewatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clausewatch.source.DeclarationProblem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationLoaderTest {
    private final DeclarationLoader loader = new DeclarationLoader();

    @TempDir
    Path folder;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json.replace('\'', '"'));
    }

    private DeclarationSet loadService(String json) throws IOException {
        return loader.loadFile(write("ChatGPT.json", json));
    }

    private static List<String> errors(DeclarationSet set) {
        return messages(set, Severity.ERROR);
    }

    private static List<String> warnings(DeclarationSet set) {
        return messages(set, Severity.WARNING);
    }

    private static List<String> messages(DeclarationSet set, Severity severity) {
        return set.problems().stream()
                .filter(p -> p.severity() == severity)
                .map(DeclarationProblem::message)
                .toList();
    }

    private static DocumentDeclaration onlyDocument(DeclarationSet set) {
        assertThat(set.services()).hasSize(1);
        assertThat(set.services().get(0).documents()).hasSize(1);
        return set.services().get(0).documents().get(0);
    }

    @Test
    void readsASimpleDocumentWithSelectRemoveAndScripts() throws IOException {
        DeclarationSet set = loadService("{'name': 'ChatGPT', 'terms': {'Terms of Service': {"
                + "'fetch': 'https://openai.com/policies/terms-of-use', 'select': 'main',"
                + "'remove': ['header', 'footer'], 'executeClientScripts': true}}}");

        assertThat(set.problems()).isEmpty();
        DocumentDeclaration document = onlyDocument(set);
        assertThat(document.service()).isEqualTo("ChatGPT");
        assertThat(document.termsType()).isEqualTo("Terms of Service");
        assertThat(document.sources())
                .containsExactly(new SourceDocument(
                        URI.create("https://openai.com/policies/terms-of-use"),
                        List.of(new Selector.Css("main")),
                        List.of(new Selector.Css("header"), new Selector.Css("footer")),
                        List.of(),
                        true));
    }

    @Test
    void namesTheServiceAfterItsFileAsOpenTermsArchiveDatasetsDo() throws IOException {
        DeclarationSet set = loader.loadFile(
                write("Doubao.json", "{'name': '豆包', 'terms': {'Privacy Policy': {'fetch': 'https://doubao.com/p'}}}"));

        assertThat(set.services().get(0).service()).isEqualTo("Doubao");
        assertThat(onlyDocument(set).service()).isEqualTo("Doubao");
    }

    @Test
    void combinedPagesOverrideTheSharedKeysWithTheirOwn() throws IOException {
        DeclarationSet set = loadService("{'name': 'ChatGPT', 'terms': {'Privacy Policy': {"
                + "'select': 'main', 'remove': '.nav', 'executeClientScripts': true, 'combine': ["
                + "{'fetch': 'https://a.example/one'},"
                + "{'fetch': 'https://a.example/two', 'select': ['article', {'startAfter': 'h1', 'endBefore': 'footer'}],"
                + " 'executeClientScripts': false}]}}}");

        assertThat(set.problems()).isEmpty();
        List<SourceDocument> pages = onlyDocument(set).sources();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).location()).hasToString("https://a.example/one");
        assertThat(pages.get(0).select()).containsExactly(new Selector.Css("main"));
        assertThat(pages.get(0).remove()).containsExactly(new Selector.Css(".nav"));
        assertThat(pages.get(0).executeClientScripts()).isTrue();
        assertThat(pages.get(1).select())
                .containsExactly(
                        new Selector.Css("article"),
                        new Selector.Range(
                                Optional.empty(), Optional.of("h1"), Optional.of("footer"), Optional.empty()));
        assertThat(pages.get(1).remove()).containsExactly(new Selector.Css(".nav"));
        assertThat(pages.get(1).executeClientScripts()).isFalse();
    }

    @Test
    void refusesAnUnknownTermsTypeAndSuggestsTheClosestKnownOne() throws IOException {
        DeclarationSet set = loadService("{'name': 'ChatGPT', 'terms': {"
                + "'Terms of Servce': {'fetch': 'https://openai.com/terms'},"
                + "'Privacy Policy': {'fetch': 'https://openai.com/privacy'}}}");

        assertThat(errors(set))
                .containsExactly("declaration ChatGPT.json: terms type 'Terms of Servce' is not a known type"
                        + " (did you mean 'Terms of Service'?)");
        assertThat(onlyDocument(set).termsType()).isEqualTo("Privacy Policy");
    }

    @Test
    void knowsClauseWatchsOwnTermsTypes() throws IOException {
        DeclarationSet set = loadService("{'name': 'ChatGPT', 'terms': {"
                + "'AI Policy': {'fetch': 'https://a.example/ai'},"
                + "'Frontier Safety Framework': {'fetch': 'https://a.example/fsf.pdf'}}}");

        assertThat(set.problems()).isEmpty();
        assertThat(set.services().get(0).documents())
                .extracting(DocumentDeclaration::termsType)
                .containsExactly("AI Policy", "Frontier Safety Framework");
    }

    @Test
    void reportsBadJsonWithLineAndColumn() throws IOException {
        DeclarationSet set = loadService("{'name': 'ChatGPT',\n  'terms': {,}}");

        assertThat(set.services()).isEmpty();
        assertThat(errors(set))
                .singleElement()
                .asString()
                .startsWith("declaration ChatGPT.json: not valid JSON at line 2, column 13:");
    }

    @Test
    void refusesAFileWithoutNameOrTerms() throws IOException {
        assertThat(errors(loadService("{'terms': {}}"))).containsExactly("declaration ChatGPT.json: has no 'name'");
        assertThat(errors(loadService("{'name': 'ChatGPT'}")))
                .containsExactly("declaration ChatGPT.json: has no 'terms'");
        assertThat(errors(loadService("{'name': 3, 'terms': {}}")))
                .containsExactly("declaration ChatGPT.json: 'name' must be a non-empty string, not a number (3)");
        assertThat(errors(loadService("['ChatGPT']")))
                .containsExactly(
                        "declaration ChatGPT.json: must be a JSON object with 'name' and 'terms', not an array [\"ChatGPT\"]");
    }

    @Test
    void readsTheEarlyDocumentsKeyAsTermsWithAWarning() throws IOException {
        DeclarationSet set =
                loadService("{'name': 'OpenAI', 'documents': {'Privacy Policy': {'fetch': 'https://a.example/p'}}}");

        assertThat(errors(set)).isEmpty();
        assertThat(warnings(set))
                .containsExactly("declaration ChatGPT.json: uses the early key 'documents'; read as 'terms'");
        assertThat(onlyDocument(set).termsType()).isEqualTo("Privacy Policy");
    }

    @Test
    void refusesADocumentWithoutFetchButKeepsTheOthers() throws IOException {
        DeclarationSet set = loadService("{'name': 'ChatGPT', 'terms': {"
                + "'Terms of Service': {'select': 'main'},"
                + "'Privacy Policy': {'fetch': 'https://openai.com/privacy'}}}");

        assertThat(errors(set)).containsExactly("declaration ChatGPT.json: 'Terms of Service' has no 'fetch'");
        assertThat(onlyDocument(set).termsType()).isEqualTo("Privacy Policy");
    }

    @Test
    void refusesACombinedPageWithoutFetch() throws IOException {
        DeclarationSet set = loadService("{'name': 'ChatGPT', 'terms': {'Terms of Service': {'combine': ["
                + "{'fetch': 'https://a.example/1'}, {'select': 'main'}]}}}");

        assertThat(errors(set))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' combine[1] has no 'fetch'");
        assertThat(set.services().get(0).documents()).isEmpty();
    }

    @Test
    void refusesAnEmptyCombineAndOneNextToFetch() throws IOException {
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'combine': []}}}")))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' 'combine' must be a non-empty array"
                        + " of pages, not an array []");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                        + " 'combine': [{'fetch': 'https://a.example/1'}]}}}")))
                .singleElement()
                .asString()
                .contains("has both 'fetch' and 'combine'");
    }

    @Test
    void refusesAUrlThatIsNotAbsoluteHttp() throws IOException {
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': '/legal/terms'}}}")))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' 'fetch' must be an absolute http(s) URL,"
                        + " not '/legal/terms'");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'ftp://a.example/t'}}}")))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' 'fetch' must be an absolute http(s) URL,"
                        + " not 'ftp://a.example/t'");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a b/'}}}")))
                .singleElement()
                .asString()
                .startsWith("declaration ChatGPT.json: 'Terms of Service' 'fetch' is not a valid URL 'https://a b/':");
    }

    @Test
    void refusesAMalformedCssSelectorNamingIt() throws IOException {
        DeclarationSet set = loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                + " 'select': ['main', 'div[class=']}}}");

        assertThat(errors(set))
                .singleElement()
                .asString()
                .startsWith(
                        "declaration ChatGPT.json: 'Terms of Service' 'select' has a malformed CSS selector 'div[class=':");
    }

    @Test
    void refusesMalformedRanges() throws IOException {
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                        + " 'select': {'startBefore': 'h1', 'startAfter': 'h2', 'endBefore': 'footer'}}}}")))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' 'select' range has both 'startBefore'"
                        + " and 'startAfter'; it needs exactly one of them");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                        + " 'remove': {'startBefore': 'h1'}}}}")))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' 'remove' range has neither 'endBefore'"
                        + " nor 'endAfter'; it needs exactly one of them");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                        + " 'select': {'startBefore': 'h1', 'endAfter': 'p', 'until': 'x'}}}}")))
                .singleElement()
                .asString()
                .contains("range has unknown key 'until'");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                        + " 'select': {'startBefore': 'h1[', 'endAfter': 'p'}}}}")))
                .singleElement()
                .asString()
                .contains("'select' range 'startBefore' has a malformed CSS selector 'h1['");
    }

    @Test
    void refusesUnexpectedValueTypes() throws IOException {
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 42}}}")))
                .containsExactly(
                        "declaration ChatGPT.json: 'Terms of Service' 'fetch' must be a string, not a number (42)");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                        + " 'executeClientScripts': 'yes'}}}")))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' 'executeClientScripts' must be true or"
                        + " false, not a string \"yes\"");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/',"
                        + " 'select': [true]}}}")))
                .containsExactly(
                        "declaration ChatGPT.json: 'Terms of Service' 'select' must be a CSS selector or a range"
                                + " object, not a boolean (true)");
        assertThat(errors(loadService("{'name': 'C', 'terms': {'Terms of Service': 'https://a.example/'}}")))
                .containsExactly("declaration ChatGPT.json: 'Terms of Service' must be an object, not a string"
                        + " \"https://a.example/\"");
        assertThat(errors(loadService("{'name': 'C', 'terms': ['Terms of Service']}")))
                .singleElement()
                .asString()
                .contains("'terms' must be an object of terms types, not an array");
    }

    @Test
    void refusesATermsTypeDeclaredTwice() throws IOException {
        DeclarationSet set = loadService("{'name': 'C', 'terms': {'Terms of Service': {'fetch': 'https://a.example/1'},"
                + " 'Terms of Service': {'fetch': 'https://a.example/2'}}}");

        assertThat(set.services()).isEmpty();
        assertThat(errors(set))
                .singleElement()
                .asString()
                .contains("not valid JSON")
                .contains("Terms of Service");
    }

    @Test
    void warnsAboutUnknownKeysAndTracksTheDocument() throws IOException {
        DeclarationSet set = loadService("{'name': 'C', 'tags': [], 'terms': {'Terms of Service':"
                + " {'fetch': 'https://a.example/', 'selector': 'main'}}}");

        assertThat(warnings(set))
                .containsExactly(
                        "declaration ChatGPT.json: has unknown key 'tags', ignored",
                        "declaration ChatGPT.json: 'Terms of Service' has unknown key 'selector', ignored");
        assertThat(onlyDocument(set).sources()).hasSize(1);
    }

    @Test
    void readsTheHistoryFileAndPicksTheEntryValidAtCaptureTime() throws IOException {
        write(
                "ChatGPT.history.json",
                "{'Terms of Service': ["
                        + "{'fetch': 'https://old.example/2', 'select': 'article', 'validUntil': '2023-06-01T00:00:00Z'},"
                        + "{'fetch': 'https://old.example/1', 'validUntil': '2021-03-03T11:26:52+04:00'}]}");
        DeclarationSet set =
                loadService("{'name': 'ChatGPT', 'terms': {'Terms of Service': {'fetch': 'https://new.example/'}}}");

        assertThat(set.problems()).isEmpty();
        DocumentDeclaration document = onlyDocument(set);
        assertThat(document.history())
                .extracting(DocumentDeclaration.HistoricalDeclaration::validUntil)
                .containsExactly(Instant.parse("2021-03-03T07:26:52Z"), Instant.parse("2023-06-01T00:00:00Z"));
        assertThat(document.sourcesAt(Instant.parse("2020-01-01T00:00:00Z"))
                        .get(0)
                        .location())
                .hasToString("https://old.example/1");
        assertThat(document.sourcesAt(Instant.parse("2022-01-01T00:00:00Z"))
                        .get(0)
                        .select())
                .containsExactly(new Selector.Css("article"));
        assertThat(document.sourcesAt(Instant.parse("2024-01-01T00:00:00Z"))
                        .get(0)
                        .location())
                .hasToString("https://new.example/");
    }

    @Test
    void acceptsValidUntilOffsetsWithoutColonAndBareDates() throws IOException {
        write(
                "ChatGPT.history.json",
                "{'Terms of Service': ["
                        + "{'fetch': 'https://old.example/1', 'validUntil': '2024-02-28T23:59:59+0100'},"
                        + "{'fetch': 'https://old.example/2', 'validUntil': '2024-05-01'}]}");
        DeclarationSet set =
                loadService("{'name': 'ChatGPT', 'terms': {'Terms of Service': {'fetch': 'https://new.example/'}}}");

        assertThat(set.problems()).isEmpty();
        assertThat(onlyDocument(set).history())
                .extracting(DocumentDeclaration.HistoricalDeclaration::validUntil)
                .containsExactly(
                        Instant.parse("2024-02-28T22:59:59Z"), Instant.parse("2024-05-01T23:59:59.999999999Z"));
    }

    @Test
    void refusesAHistoryEntryWhoseValidUntilIsNotADate() throws IOException {
        write(
                "ChatGPT.history.json",
                "{'Terms of Service': [{'fetch': 'https://old.example/', 'validUntil': 'last May'}]}");
        DeclarationSet set =
                loadService("{'name': 'ChatGPT', 'terms': {'Terms of Service': {'fetch': 'https://new.example/'},"
                        + " 'Privacy Policy': {'fetch': 'https://new.example/p'}}}");

        assertThat(errors(set))
                .containsExactly(
                        "declaration ChatGPT.history.json: 'Terms of Service' history[0] 'validUntil' is not an"
                                + " ISO date or date-time: 'last May'; 'Terms of Service' is not tracked until this is fixed");
        assertThat(set.problems().get(0).file().getFileName()).hasToString("ChatGPT.history.json");
        assertThat(onlyDocument(set).termsType()).isEqualTo("Privacy Policy");
    }

    @Test
    void refusesAHistoryEntryWithoutValidUntil() throws IOException {
        write("ChatGPT.history.json", "{'Terms of Service': [{'fetch': 'https://old.example/'}]}");
        DeclarationSet set =
                loadService("{'name': 'ChatGPT', 'terms': {'Terms of Service': {'fetch': 'https://new.example/'}}}");

        assertThat(errors(set))
                .singleElement()
                .asString()
                .contains("'Terms of Service' history[0] has no 'validUntil'");
    }

    @Test
    void loadsEveryServiceOfAFolderAndIsolatesBadFiles() throws IOException {
        write("Alpha.json", "{'name': 'Alpha', 'terms': {'Terms of Service': {'fetch': 'https://alpha.example/'}}}");
        write("Beta.json", "{'name': 'Beta', 'terms': {");
        write("Gamma.json", "{'name': 'Gamma', 'terms': {'Privacy Policy': {'fetch': 'https://gamma.example/'}}}");
        write("README.md", "not a declaration");

        DeclarationSet set = loader.load(folder);

        assertThat(set.services()).extracting(ServiceDeclaration::service).containsExactly("Alpha", "Gamma");
        assertThat(errors(set)).singleElement().asString().startsWith("declaration Beta.json: not valid JSON");
    }

    @Test
    void refusesTheLaterFileDeclaringAServiceNameAgain() throws IOException {
        write("ChatGPT.json", "{'name': 'ChatGPT', 'terms': {'Terms of Service': {'fetch': 'https://a.example/'}}}");
        write(
                "OpenAI ChatGPT.json",
                "{'name': 'ChatGPT', 'terms': {'Privacy Policy': {'fetch': 'https://b.example/'}}}");

        DeclarationSet set = loader.load(folder);

        assertThat(set.services()).extracting(ServiceDeclaration::service).containsExactly("ChatGPT");
        assertThat(errors(set))
                .containsExactly("declaration OpenAI ChatGPT.json: service name 'ChatGPT' is already declared by"
                        + " ChatGPT.json; this file is ignored");
    }

    @Test
    void warnsAboutAFiltersScriptAndAHistoryWithoutDeclaration() throws IOException {
        write("ChatGPT.json", "{'name': 'ChatGPT', 'terms': {'Terms of Service': {'fetch': 'https://a.example/'}}}");
        write("ChatGPT.filters.js", "export function removeSharingLinks(document) {}");
        write("Gone.history.json", "{}");

        DeclarationSet set = loader.load(folder);

        assertThat(set.services()).hasSize(1);
        assertThat(warnings(set))
                .containsExactly(
                        "declaration ChatGPT.filters.js: is a JavaScript filters file; ClauseWatch does not run"
                                + " JavaScript from declarations and tracks the documents without it",
                        "declaration Gone.history.json: history file without a declaration Gone.json; ignored");
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        assertThatThrownBy(() -> loader.load(folder.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }
}
