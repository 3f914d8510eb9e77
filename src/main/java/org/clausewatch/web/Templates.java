package org.clausewatch.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte templates under {@code src/main/jte}, precompiled at build time and HTML-escaping every value. Each
 * template takes one view record; those records are public because the generated template classes live in jte's
 * own package.
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Object view) {
        StringOutput output = new StringOutput();
        engine.render(template, view, output);
        return output.toString();
    }
}
