package org.clausewatch.alert;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.JsonNode;

/** The private Atom feed (RFC 4287) of one feed subscription: its published alerts, newest first. */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    static String write(Subscription subscription, List<Outbox.Row> alerts, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:clausewatch:subscription:" + subscription.id());
            Set<String> services = subscription.filter().services();
            element(
                    xml,
                    "title",
                    "ClauseWatch alerts: " + (services.isEmpty() ? "watched provisions" : String.join(", ", services)));
            element(xml, "updated", (alerts.isEmpty() ? now : alerts.getFirst().createdAt()).toString());
            xml.writeStartElement("author");
            element(xml, "name", "ClauseWatch");
            xml.writeEndElement();
            for (Outbox.Row alert : alerts) {
                entry(xml, alert);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, Outbox.Row alert) throws XMLStreamException {
        JsonNode change = AlertJson.JSON.readTree(alert.payload()).get("change");
        Message message = Messages.alert(alert.idempotencyKey(), AlertJson.JSON.readTree(alert.payload()));
        xml.writeStartElement("entry");
        element(xml, "id", "urn:clausewatch:alert:" + alert.idempotencyKey());
        element(xml, "title", message.subject());
        element(xml, "updated", alert.createdAt().toString());
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", change.get("link").asString());
        element(xml, "summary", change.get("summary").asString());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(message.text());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
