package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * boxes); a row never splits, pseudonyms never break, and nothing depends on colour. Rendered from
 * {@code signalen.jte}; this class only gathers the plain texts.
 */
public final class SignalHtml {
    /** The page's texts, already formatted; the template escapes them. */
    public record Page(String title, String heading, String subtitle, String cssListName, String cssPeildatum,
                       List<SignalTexts.Section> sections, String tableHead, List<Block> blocks,
                       List<String> provenance) {
    }

    /** One table of the page ({@code rows} empty: the page says nobody is on it). */
    public record Block(String id, String heading, List<Row> rows) {
    }

    /** One person; {@code known} is null when not already in view, {@code note} is shown when there are no reasons. */
    public record Row(int rank, List<String> pseudonymGroups, String risk, int age, String brin,
                      String onderwijssoort, String leerjaar, String known, String note, List<String> reasons) {
    }

    /** A column: heading, class ("" for none) and width in mm. */
    public record Column(String heading, String cssClass, String widthMm) {
    }

    /** Together the 273 mm of an A4 landscape page between margins. */
    public static final List<Column> COLUMNS = List.of(new Column("Rang", "getal", "12"),
            new Column("Pseudoniem", "", "44"), new Column("Risico", "getal", "15"),
            new Column("Leeftijd", "getal", "17"), new Column("School", "", "18"),
            new Column("Onderwijs\u00adsoort", "", "22"), new Column("Leerjaar", "getal", "17"),
            new Column("Redenen", "", "88"), new Column("Notities", "", "40"));

    private SignalHtml() {
    }

    public static void write(SignalList list, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(list));
    }

    static String render(SignalList list) {
        return Pages.render("signalen.jte", page(list));
    }

    static Page page(SignalList list) {
        String name = SignalTexts.listName(list);
        String peildatum = "Peildatum " + NlFormat.date(list.peildatum());
        String title = SignalTexts.title() + " \u2013 " + name + " \u2013 " + peildatum.toLowerCase(Locale.ROOT);
        boolean apart = list.knownPlacement() == KnownPersons.Placement.SECTION;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("lijst", "De lijst", rows(apart ? list.notKnown() : list.signals())));
        if (apart && !list.known().isEmpty()) {
            blocks.add(new Block("alInBeeld", "Al in beeld: eerst overleggen met de collega die de jongere kent",
                    rows(list.known())));
        }
        return new Page(title, SignalTexts.title() + ": " + name, SignalTexts.subtitle(list), cssString(name),
                cssString(peildatum), SignalTexts.sections(list),
                "VERTROUWELIJK \u2013 " + name + " \u2013 " + SignalTexts.subtitle(list), blocks,
                SignalTexts.provenanceLines(list));
    }

    private static List<Row> rows(List<Signal> signals) {
        List<Row> rows = new ArrayList<>(signals.size());
        for (Signal s : signals) {
            rows.add(new Row(s.rank(), pseudonymGroups(s.pseudonym()), NlFormat.percent(s.risk()), s.context().age(),
                    s.context().brin(), s.context().onderwijssoort(),
                    s.context().leerjaar() > 0 ? Integer.toString(s.context().leerjaar()) : "",
                    s.known().isPresent() ? SignalTexts.knownText(s) : null,
                    s.reasons().isEmpty() ? SignalTexts.noteText(s.note()) : null,
                    s.reasons().stream().map(Reason::textNl).toList()));
        }
        return rows;
    }

    /** The pseudonym in groups of four characters (each a span on the page), so it reads out and types easily. */
    static List<String> pseudonymGroups(String pseudonym) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < pseudonym.length(); i += 4) {
            groups.add(pseudonym.substring(i, Math.min(pseudonym.length(), i + 4)));
        }
        return groups;
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
