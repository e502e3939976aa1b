package nl.vroegsignaal.report;

import java.nio.file.Path;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Html;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.explain.Reason;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;

/**
 * {@code signalen.html}: one self-contained Dutch page for case workers. No scripts, fonts, images or links to
 * anything outside the file (it must open on a locked-down workstation and leak nothing). Printable on A4: the
 * table header repeats on every page, a row never splits, and nothing depends on colour.
 */
public final class SignalHtml {
    public static final String FILE = "signalen.html";

    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
            * { box-sizing: border-box; }
            body { font-family: Arial, Helvetica, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.4;
              color: #000; background: #fff; max-width: 190mm; margin: 0 auto; padding: 6mm; }
            .vertrouwelijk { font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase; margin: 0; }
            h1 { font-size: 18pt; margin: 1mm 0 1mm; }
            .sub { margin: 0 0 4mm; }
            h2 { font-size: 12.5pt; margin: 5mm 0 1.5mm; border-bottom: 1px solid #000; }
            p { margin: 0 0 2mm; }
            .besluit { font-weight: bold; font-size: 13pt; border: 2px solid #000; padding: 2mm 3mm; }
            table { width: 100%; border-collapse: collapse; margin-top: 2mm; }
            thead { display: table-header-group; }
            th, td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
            th { font-weight: bold; background: #e8e8e8; }
            td.getal, th.getal { text-align: right; white-space: nowrap; }
            td.pseudoniem { font-family: "Courier New", "Liberation Mono", monospace; word-break: break-all; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            ol { margin: 0; padding-left: 5mm; }
            footer { margin-top: 6mm; border-top: 1px solid #000; padding-top: 2mm; font-size: 8.5pt; }
            footer p { margin: 0; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              section.uitleg { break-inside: avoid; page-break-inside: avoid; }
              th { background: none; border-bottom: 2px solid #000; }
            }
            """;

    private SignalHtml() {
    }

    public static void write(SignalList list, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(list));
    }

    static String render(SignalList list) {
        StringBuilder h = new StringBuilder(16_384 + 600 * list.signals().size());
        String title = SignalTexts.title() + " \u2013 peildatum " + NlFormat.date(list.peildatum());
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                // an empty inline icon keeps the browser from asking for /favicon.ico
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<p class=\"vertrouwelijk\">Vertrouwelijk</p>\n<h1>").append(esc(SignalTexts.title()))
                .append("</h1>\n<p class=\"sub\">").append(esc(SignalTexts.subtitle(list))).append("</p>\n</header>\n");
        for (SignalTexts.Section s : SignalTexts.sections(list)) {
            h.append("<section class=\"uitleg\" id=\"").append(s.key()).append("\">\n<h2>").append(esc(s.heading()))
                    .append("</h2>\n");
            for (String p : s.paragraphs()) {
                h.append(p.equals(SignalTexts.NOT_A_DECISION) ? "<p class=\"besluit\">" : "<p>").append(esc(p))
                        .append("</p>\n");
            }
            h.append("</section>\n");
        }
        appendTable(h, list);
        h.append("<footer>\n<p>Herkomst van deze lijst (voor controle):</p>\n");
        for (String line : SignalTexts.provenanceLines(list)) {
            h.append("<p>").append(esc(line)).append("</p>\n");
        }
        h.append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void appendTable(StringBuilder h, SignalList list) {
        h.append("<section id=\"lijst\">\n<h2>De lijst</h2>\n<table>\n<caption class=\"vertrouwelijk\">")
                .append("Vertrouwelijk \u2013 ").append(esc(SignalTexts.subtitle(list))).append("</caption>\n")
                .append("<thead>\n<tr><th scope=\"col\" class=\"getal\">Rang</th><th scope=\"col\">Pseudoniem</th>")
                .append("<th scope=\"col\" class=\"getal\">Risico</th><th scope=\"col\">Redenen</th></tr>\n</thead>\n")
                .append("<tbody>\n");
        for (Signal s : list.signals()) {
            h.append("<tr><td class=\"getal\">").append(s.rank()).append("</td><td class=\"pseudoniem\">")
                    .append(esc(s.pseudonym())).append("</td><td class=\"getal\">")
                    .append(esc(NlFormat.percent(s.risk()))).append("</td><td>");
            if (s.reasons().isEmpty()) {
                h.append("Geen reden aan te wijzen");
            } else {
                h.append("<ol>");
                for (Reason r : s.reasons()) {
                    h.append("<li>").append(esc(r.textNl())).append("</li>");
                }
                h.append("</ol>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
