package nl.vroegsignaal.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the pages from the jte templates in {@code src/main/jte}. The templates are compiled to Java at build
 * time (jte-maven-plugin), so a wrong parameter type fails the build, and every {@code ${...}} output is
 * HTML-escaped unless a template asks for {@code $unsafe{...}} (used only for SVG charts from {@link Charts}).
 * How to add a page: {@code src/site/texts.md}.
 */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {
    }

    /** Renders a template that takes one parameter, e.g. {@code render("evaluation.jte", page)}. */
    public static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        return out.toString();
    }

    /** Renders a template with named parameters, e.g. {@code render("modelkaart.jte", Map.of("card", c))}. */
    public static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
