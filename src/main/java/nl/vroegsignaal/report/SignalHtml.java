package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Html;
import nl.vroegsignaal.explain.KnownPersons;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.explain.Reason;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;

/**
 * {@code signalen-<list>.html}: one self-contained Dutch page for case workers. No scripts, fonts, images or
 * links to anything outside the file (it must open on a locked-down workstation and leak nothing). Printable on
 * A4 landscape: every page repeats "VERTROUWELIJK", the list's name, the peildatum and "pagina X van Y" (CSS
 * page margin boxes) and the table header (with the marking and peildatum again, for browsers without margin
 * boxes); a row never splits, pseudonyms never break, and nothing depends on colour.
 */
public final class SignalHtml {
    /** Printed on A4 landscape: the table needs its context and notes columns. */
    private static final String CSS = """
            @page { size: A4 landscape; margin: 16mm 12mm 14mm 12mm;
              @top-left { content: "VERTROUWELIJK"; font: bold 10pt Arial, Helvetica, "Liberation Sans", sans-serif;
                letter-spacing: 0.05em; }
              @top-center { content: "@LIJST@"; font: 9pt Arial, Helvetica, "Liberation Sans", sans-serif; }
              @top-right { content: "@PEILDATUM@"; font: 9pt Arial, Helvetica, "Liberation Sans", sans-serif; }
              @bottom-left { content: "Vertrouwelijk \\2013  vernietigen na gebruik";
                font: 8pt Arial, Helvetica, "Liberation Sans", sans-serif; }
              @bottom-right { content: "pagina " counter(page) " van " counter(pages);
                font: 9pt Arial, Helvetica, "Liberation Sans", sans-serif; }
            }
            * { box-sizing: border-box; }
            body { font-family: Arial, Helvetica, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.4;
              color: #000; background: #fff; max-width: 285mm; margin: 0 auto; padding: 6mm; }
            .vertrouwelijk { font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase; margin: 0; }
            h1 { font-size: 18pt; margin: 1mm 0 1mm; }
            .sub { margin: 0 0 4mm; }
            h2 { font-size: 12.5pt; margin: 5mm 0 1.5mm; border-bottom: 1px solid #000; }
            p { margin: 0 0 2mm; }
            .besluit { font-weight: bold; font-size: 13pt; border: 2px solid #000; padding: 2mm 3mm; }
            table { width: 100%; border-collapse: collapse; margin-top: 2mm; table-layout: fixed; font-size: 9.5pt; }
            thead { display: table-header-group; }
            thead tr.kop th { border: none; border-bottom: 1px solid #000; font-weight: normal; background: none;
              padding: 0 0 1mm; }
            th, td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
            th { font-weight: bold; background: #e8e8e8; }
            td.getal, th.getal { text-align: right; white-space: nowrap; }
            td.pseudoniem { white-space: nowrap; }
            /* DejaVu Sans Mono and Consolas tell 1, l and I and 0 and O apart; the groups of four are spans, so a
               copied pseudonym has no spaces */
            .pseudoniem span { font-family: "DejaVu Sans Mono", Consolas, "Cascadia Mono", "Liberation Mono",
              monospace; font-variant-numeric: slashed-zero; margin-right: 0.45em; }
            .pseudoniem span:last-child { margin-right: 0; }
            table td, table th { overflow-wrap: break-word; }
            td.pseudoniem { overflow-wrap: normal; }
            .inbeeld { font-weight: bold; display: block; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            ol { margin: 0; padding-left: 5mm; }
            footer { margin-top: 6mm; border-top: 1px solid #000; padding-top: 2mm; font-size: 8.5pt; }
            footer p { margin: 0; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              section.uitleg { break-inside: avoid; page-break-inside: avoid; }
              th { background: none; border-bottom: 2px solid #000; }
              table { font-size: 9pt; line-height: 1.25; }
              th, td { padding: 0.8mm 1.5mm; }
              section#lijst { break-before: page; page-break-before: always; }
            }
            """;

    private SignalHtml() {
    }

    public static void write(SignalList list, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(list));
    }

    static String render(SignalList list) {
        StringBuilder h = new StringBuilder(16_384 + 900 * list.signals().size());
        String name = SignalTexts.listName(list);
        String peildatum = "Peildatum " + NlFormat.date(list.peildatum());
        String title = SignalTexts.title() + " \u2013 " + name + " \u2013 " + peildatum.toLowerCase(Locale.ROOT);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                // an empty inline icon keeps the browser from asking for /favicon.ico
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                // the margin boxes of every printed page carry the list's name and peildatum
                .append("<style>\n").append(CSS.replace("@LIJST@", cssString(name))
                        .replace("@PEILDATUM@", cssString(peildatum)))
                .append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<p class=\"vertrouwelijk\">Vertrouwelijk</p>\n<h1>").append(esc(SignalTexts.title()))
                .append(": ").append(esc(name)).append("</h1>\n<p class=\"sub\">")
                .append(esc(SignalTexts.subtitle(list))).append("</p>\n</header>\n");
        for (SignalTexts.Section s : SignalTexts.sections(list)) {
            h.append("<section class=\"uitleg\" id=\"").append(s.key()).append("\">\n<h2>").append(esc(s.heading()))
                    .append("</h2>\n");
            for (String p : s.paragraphs()) {
                h.append(p.equals(SignalTexts.NOT_A_DECISION) ? "<p class=\"besluit\">" : "<p>").append(esc(p))
                        .append("</p>\n");
            }
            h.append("</section>\n");
        }
        boolean apart = list.knownPlacement() == KnownPersons.Placement.SECTION;
        appendTable(h, list, "lijst", "De lijst", apart ? list.notKnown() : list.signals());
        if (apart && !list.known().isEmpty()) {
            appendTable(h, list, "alInBeeld", "Al in beeld: eerst overleggen met de collega die de jongere kent",
                    list.known());
        }
        h.append("<footer>\n<p>Herkomst van deze lijst (voor controle):</p>\n");
        for (String line : SignalTexts.provenanceLines(list)) {
            h.append("<p>").append(esc(line)).append("</p>\n");
        }
        h.append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void appendTable(StringBuilder h, SignalList list, String id, String heading,
                                    List<Signal> signals) {
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
        if (signals.isEmpty()) {
            h.append("<p>Er staan geen jongeren op deze lijst.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<colgroup>");
        for (String[] c : COLUMNS) {
            h.append("<col style=\"width: ").append(c[2]).append("mm\">");
        }
        h.append("</colgroup>\n<thead>\n<tr class=\"kop\"><th colspan=\"").append(COLUMNS.length)
                .append("\">VERTROUWELIJK \u2013 ").append(esc(SignalTexts.listName(list))).append(" \u2013 ")
                .append(esc(SignalTexts.subtitle(list))).append("</th></tr>\n<tr>");
        for (String[] c : COLUMNS) {
            h.append("<th scope=\"col\"").append(c[1].isEmpty() ? "" : " class=\"" + c[1] + "\"").append(">")
                    .append(esc(c[0])).append("</th>");
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        for (Signal s : signals) {
            h.append("<tr><td class=\"getal\">").append(s.rank()).append("</td><td class=\"pseudoniem\">");
            appendPseudonym(h, s.pseudonym());
            h.append("</td><td class=\"getal\">").append(esc(NlFormat.percent(s.risk())))
                    .append("</td><td class=\"getal\">").append(s.context().age())
                    .append("</td><td>").append(esc(s.context().brin()))
                    .append("</td><td>").append(esc(s.context().onderwijssoort()))
                    .append("</td><td class=\"getal\">").append(s.context().leerjaar() > 0 ? s.context().leerjaar() : "")
                    .append("</td><td>");
            if (s.known().isPresent()) {
                h.append("<span class=\"inbeeld\">").append(esc(SignalTexts.knownText(s))).append("</span>");
            }
            if (s.reasons().isEmpty()) {
                h.append(esc(SignalTexts.noteText(s.note())));
            } else {
                h.append("<ol>");
                for (Reason r : s.reasons()) {
                    h.append("<li>").append(esc(r.textNl())).append("</li>");
                }
                h.append("</ol>");
            }
            h.append("</td><td class=\"notities\"></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** Column heading, class and width in mm (together the 273 mm of an A4 landscape page between margins). */
    private static final String[][] COLUMNS = {
        {"Rang", "getal", "12"}, {"Pseudoniem", "", "44"}, {"Risico", "getal", "15"}, {"Leeftijd", "getal", "17"},
        {"School", "", "18"}, {"Onderwijs\u00adsoort", "", "22"}, {"Leerjaar", "getal", "17"}, {"Redenen", "", "88"},
        {"Notities", "", "40"},
    };

    /** The pseudonym in groups of four characters, each a span, so that it reads out and types easily. */
    static void appendPseudonym(StringBuilder h, String pseudonym) {
        for (int i = 0; i < pseudonym.length(); i += 4) {
            h.append("<span>").append(esc(pseudonym.substring(i, Math.min(pseudonym.length(), i + 4))))
                    .append("</span>");
        }
    }

    /** Text inside a CSS string: quotes and backslashes escaped, no line breaks, no markup-closing '<'. */
    static String cssString(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '<' || c < ' ') {
                out.append(String.format(Locale.ROOT, "\\%x ", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
