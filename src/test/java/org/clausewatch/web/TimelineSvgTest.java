package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clausewatch.browse.Timeline;
import org.clausewatch.browse.Timeline.Kind;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The timeline picture parsed as XML: its axis, labels, marks, links, legend and the escaping of hostile words. */
class TimelineSvgTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"Evil\u0001 AI\" Terms of Service Extended";

    private static Instant day(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    private static Timeline.Mark mark(String date, Kind kind, Optional<Severity> severity, Optional<String> href) {
        return new Timeline.Mark(day(date), kind, severity, kind + " on " + date + " <b>", href);
    }

    private static Timeline service() {
        return new Timeline(
                "Timeline of " + HOSTILE,
                "Every document",
                List.of(
                        new Timeline.Row(
                                HOSTILE,
                                Optional.of("/services/evil/terms?x=1&y=2"),
                                List.of(),
                                List.of(
                                        mark("2021-03-01", Kind.VERSION, Optional.empty(), Optional.empty()),
                                        mark("2022-05-01", Kind.VERSION, Optional.empty(), Optional.empty()),
                                        mark(
                                                "2022-05-01",
                                                Kind.SUBSTANTIVE,
                                                Optional.of(Severity.HIGH),
                                                Optional.of("/changes/7")),
                                        mark("2023-01-10", Kind.COSMETIC, Optional.empty(), Optional.of("/changes/8")),
                                        mark("2024-02-01", Kind.MINOR, Optional.empty(), Optional.of("/changes/9")))),
                        new Timeline.Row(
                                "Privacy Policy",
                                Optional.empty(),
                                List.of(),
                                List.of(mark(
                                        "2024-06-01",
                                        Kind.SUBSTANTIVE,
                                        Optional.empty(),
                                        Optional.of("/changes/10"))))));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<String> texts(Document svg, String cssClass) {
        return elements(svg, "text").stream()
                .filter(e -> e.getAttribute("class").equals(cssClass))
                .map(e -> e.getLastChild().getTextContent())
                .toList();
    }

    private static List<Element> marks(Document svg, String cssClass) {
        return elements(svg, "g").stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass))
                .toList();
    }

    @Test
    void drawsWellFormedSvgTitledAndLabelledForAssistiveTechnology() throws Exception {
        Document svg = parse(TimelineSvg.of(service(), "service-timeline"));
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("service-timeline-title service-timeline-desc");
        assertThat(elements(svg, "title").get(0).getAttribute("id")).isEqualTo("service-timeline-title");
        assertThat(elements(svg, "title").get(0).getTextContent())
                .isEqualTo("Timeline of <script>alert('x')</script> & \"Evil AI\" Terms of Service Extended");
        assertThat(elements(svg, "desc").get(0).getTextContent()).isEqualTo("Every document");
    }

    @Test
    void hostileNamesStayTextAndLeaveNoMarkup() throws Exception {
        String drawn = TimelineSvg.of(service(), "t");
        assertThat(drawn).doesNotContain("<script", "<b>", "\u0001");
        Document svg = parse(drawn);
        assertThat(elements(svg, "script")).isEmpty();
        assertThat(elements(svg, "b")).isEmpty();
        assertThat(texts(svg, "tl-label")).containsExactly("<script>alert('x')</scrip…", "Privacy Policy");
        Element rowLink = (Element) elements(svg, "text").stream()
                .filter(e -> e.getAttribute("class").equals("tl-label"))
                .findFirst()
                .orElseThrow()
                .getParentNode();
        assertThat(rowLink.getAttribute("href")).isEqualTo("/services/evil/terms?x=1&y=2");
    }

    @Test
    void axisIsLabelledWithYearsAndTitled() throws Exception {
        Document svg = parse(TimelineSvg.of(service(), "t"));
        assertThat(texts(svg, "tl-tick")).containsExactly("2022", "2023", "2024");
        assertThat(texts(svg, "tl-axis-title")).containsExactly("Date (UTC)");
    }

    @Test
    void aShortSpanIsLabelledByMonth() throws Exception {
        Timeline months = new Timeline(
                "months",
                "months",
                List.of(new Timeline.Row(
                        "Terms",
                        Optional.empty(),
                        List.of(),
                        List.of(
                                mark("2024-01-20", Kind.VERSION, Optional.empty(), Optional.empty()),
                                mark("2024-04-10", Kind.VERSION, Optional.empty(), Optional.empty())))));
        assertThat(texts(parse(TimelineSvg.of(months, "m")), "tl-tick"))
                .containsExactly("2024-02", "2024-03", "2024-04");
    }

    @Test
    void marksLinkToTheirChangesWithTheirWordsAndSeverityAsShape() throws Exception {
        Document svg = parse(TimelineSvg.of(service(), "t"));
        List<Element> links = elements(svg, "a").stream()
                .filter(a -> a.getAttribute("href").startsWith("/changes/"))
                .toList();
        assertThat(links)
                .extracting(a -> a.getAttribute("href"))
                .containsExactly("/changes/7", "/changes/8", "/changes/9", "/changes/10");
        assertThat(links.get(0).getAttribute("aria-label")).isEqualTo("SUBSTANTIVE on 2022-05-01 <b>");
        Element versions = marks(svg, "tl-versions").get(0);
        assertThat(versions.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("2 versions, captured from 2021-03-01 to 2022-05-01");
        assertThat(((Element) versions.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d"))
                .matches("M[0-9.]+ [0-9]+v18M[0-9.]+ [0-9]+v18");
        Element high = marks(svg, "tl-high").get(0);
        assertThat(high.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("SUBSTANTIVE on 2022-05-01 <b>");
        assertThat(high.getElementsByTagNameNS("*", "path").getLength())
                .as("high is a triangle")
                .isEqualTo(1);
        assertThat(marks(svg, "tl-not-assessed")
                        .get(0)
                        .getElementsByTagNameNS("*", "circle")
                        .getLength())
                .isEqualTo(1);
        Element cosmetic = marks(svg, "tl-cosmetic").get(0);
        assertThat(((Element) cosmetic.getElementsByTagNameNS("*", "line").item(0)).getAttribute("stroke-opacity"))
                .isEqualTo("0.35");
    }

    @Test
    void countsLeaveOutVersionsAndCosmeticChanges() throws Exception {
        Document svg = parse(TimelineSvg.of(service(), "t"));
        assertThat(texts(svg, "tl-count")).containsExactly("2", "1");
        assertThat(texts(svg, "tl-head")).containsExactly("changes");
    }

    @Test
    void legendNamesEverySeverityAndKind() throws Exception {
        Document svg = parse(TimelineSvg.of(service(), "t"));
        assertThat(texts(svg, "tl-legend-item"))
                .containsExactly(
                        "critical",
                        "high",
                        "medium",
                        "low",
                        "not assessed",
                        "minor",
                        "cosmetic (not counted)",
                        "version");
    }

    @Test
    void aFirstStatementIsAFlagTitledWithItsDateLinkedToItsVersionAndNamedInTheLegend() throws Exception {
        Timeline topic = new Timeline(
                "Timeline of F1",
                "topic",
                List.of(new Timeline.Row(
                        "Alpha",
                        Optional.of("/services/alpha"),
                        List.of(),
                        List.of(
                                new Timeline.Mark(
                                        day("2022-01-10"),
                                        Kind.FIRST_STATED,
                                        Optional.empty(),
                                        "2022-01-10: Alpha first stated a provision on Training on user content",
                                        Optional.of("/services/alpha/terms?version=21")),
                                mark(
                                        "2023-05-01",
                                        Kind.SUBSTANTIVE,
                                        Optional.of(Severity.HIGH),
                                        Optional.of("/changes/4"))))));
        Document svg = parse(TimelineSvg.of(topic, "t"));

        Element flag = marks(svg, "tl-first-stated").get(0);
        assertThat(flag.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .startsWith("2022-01-10: Alpha first stated");
        assertThat(((Element) flag.getParentNode()).getAttribute("href")).isEqualTo("/services/alpha/terms?version=21");
        assertThat(flag.getElementsByTagNameNS("*", "path").getLength())
                .as("a pennant")
                .isEqualTo(1);
        assertThat(texts(svg, "tl-legend-item")).contains("first stated");
        assertThat(texts(svg, "tl-count"))
                .as("a first statement is not a change")
                .containsExactly("1");
        assertThat(texts(parse(TimelineSvg.of(service(), "s")), "tl-legend-item"))
                .doesNotContain("first stated");
    }

    @Test
    void spansAreGradedAndTitled() throws Exception {
        Timeline history = new Timeline(
                "History",
                "wordings",
                List.of(new Timeline.Row(
                        "Wordings",
                        Optional.empty(),
                        List.of(
                                new Timeline.Span(
                                        day("2020-01-01"),
                                        day("2022-01-01"),
                                        Optional.of(Severity.LOW),
                                        "first",
                                        Optional.empty()),
                                new Timeline.Span(
                                        day("2022-01-01"),
                                        day("2024-01-01"),
                                        Optional.of(Severity.CRITICAL),
                                        "second",
                                        Optional.empty())),
                        List.of())));
        Document svg = parse(TimelineSvg.of(history, "h"));
        List<Element> spans = elements(svg, "rect");
        assertThat(spans)
                .extracting(r -> r.getAttribute("class"))
                .containsExactly("tl-span tl-low", "tl-span tl-critical");
        assertThat(spans).extracting(r -> r.getAttribute("aria-label")).containsExactly("first", "second");
        assertThat(Double.parseDouble(spans.get(1).getAttribute("x")))
                .isGreaterThan(Double.parseDouble(spans.get(0).getAttribute("x")));
    }

    @Test
    void anEmptyTimelineDrawsNothing() {
        assertThat(TimelineSvg.of(
                        new Timeline("t", "d", List.of(new Timeline.Row("r", Optional.empty(), List.of(), List.of()))),
                        "e"))
                .isEmpty();
    }
}
