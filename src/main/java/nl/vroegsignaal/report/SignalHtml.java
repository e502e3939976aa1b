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
    /**
     * The page's texts, already formatted; the template escapes them (the {@code css...} ones are CSS strings for
     * the printed page's margin boxes, escaped by {@link #cssString}).
     */
    public record Page(String title, String heading, String subtitle, String confidential, String cssMarking,
                       String cssListName, String cssPeildatum, String cssDestroy, String cssPageCount,
                       String notADecision,
                       List<SignalTexts.Section> sections, String tableHead, List<Column> columns,
                       List<Block> blocks, String nobody, String provenanceHeading, List<String> provenance) {
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

    /** The columns, together the 273 mm of an A4 landscape page between margins. */
    static List<Column> columns(Texts t) {
        return List.of(new Column(t.text("signaallijst.kolom.rang"), "getal", "12"),
                new Column(t.text("signaallijst.kolom.pseudoniem"), "", "44"),
                new Column(t.text("signaallijst.kolom.risico"), "getal", "15"),
                new Column(t.text("signaallijst.kolom.leeftijd"), "getal", "17"),
                new Column(t.text("signaallijst.kolom.school"), "", "18"),
                new Column(t.text("signaallijst.kolom.onderwijssoort"), "", "22"),
                new Column(t.text("signaallijst.kolom.leerjaar"), "getal", "17"),
                new Column(t.text("signaallijst.kolom.redenen"), "", "88"),
                new Column(t.text("signaallijst.kolom.notities"), "", "40"));
    }

    private static final char PAGE = '\u0001';
    private static final char PAGES = '\u0002';

    private SignalHtml() {
    }

    /** With the built-in texts. */
    public static void write(SignalList list, Path file) {
        write(list, Texts.builtIn(), file);
    }

    public static void write(SignalList list, Texts t, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(list, t));
    }

    static String render(SignalList list) {
        return render(list, Texts.builtIn());
    }

    static String render(SignalList list, Texts t) {
        return Pages.render("signalen.jte", page(list, t));
    }

    static Page page(SignalList list, Texts t) {
        String name = SignalTexts.listName(list);
        String date = NlFormat.date(list.peildatum());
        String title = SignalTexts.title(t);
        boolean apart = list.knownPlacement() == KnownPersons.Placement.SECTION;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("lijst", t.text("signaallijst.blok.lijst"), rows(apart ? list.notKnown() : list.signals(), t)));
        if (apart && !list.known().isEmpty()) {
            blocks.add(new Block("alInBeeld", t.text("signaallijst.blok.al_in_beeld"), rows(list.known(), t)));
        }
        String subtitle = SignalTexts.subtitle(list, t);
        return new Page(t.text("signaallijst.paginatitel", "titel", title, "lijst", name, "datum", date),
                t.text("signaallijst.kop", "titel", title, "lijst", name), subtitle,
                t.text("signaallijst.vertrouwelijk"), cssString(t.text("signaallijst.markering")), cssString(name),
                cssString(t.text("signaallijst.peildatum", "datum", date)),
                cssString(t.text("signaallijst.vernietigen")), cssPageCount(t), SignalTexts.notADecision(t),
                SignalTexts.sections(list, t), t.text("signaallijst.tabelkop", "lijst", name, "ondertitel", subtitle),
                columns(t), blocks, t.text("signaallijst.betrouwbaarheid.leeg"), t.text("signaallijst.herkomst"),
                SignalTexts.provenanceLines(list));
    }

    private static List<Row> rows(List<Signal> signals, Texts t) {
        List<Row> rows = new ArrayList<>(signals.size());
        for (Signal s : signals) {
            rows.add(new Row(s.rank(), pseudonymGroups(s.pseudonym()), NlFormat.percent(s.risk()), s.context().age(),
                    s.context().brin(), s.context().onderwijssoort(),
                    s.context().leerjaar() > 0 ? Integer.toString(s.context().leerjaar()) : "",
                    s.known().isPresent() ? SignalTexts.knownText(s, t) : null,
                    s.reasons().isEmpty() ? SignalTexts.noteText(s.note(), t) : null,
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

    /**
     * The printed page's "pagina X van Y" as a CSS {@code content} value: the text's literal parts as CSS strings,
     * its places {@code {pagina}} and {@code {paginas}} as the page counters, e.g.
     * {@code "pagina " counter(page) " van " counter(pages)}.
     */
    static String cssPageCount(Texts t) {
        // the places are filled with two control characters, which no text holds, then read back as counters
        String filled = t.text("signaallijst.pagina", "pagina", PAGE, "paginas", PAGES);
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (char c : filled.toCharArray()) {
            if (c == PAGE || c == PAGES) {
                if (!literal.isEmpty()) {
                    parts.add('"' + cssString(literal.toString()) + '"');
                    literal.setLength(0);
                }
                parts.add(c == PAGE ? "counter(page)" : "counter(pages)");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            parts.add('"' + cssString(literal.toString()) + '"');
        }
        return String.join(" ", parts);
    }

    /**
     * Text inside a CSS string: quotes and backslashes escaped, no line breaks, no markup-closing '<', and every
     * character beyond ASCII as a CSS escape ({@code \2013} for an en dash), so the margin boxes read right in any
     * charset.
     */
    static String cssString(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '<' || c < ' ' || c > '~') {
                out.append(String.format(Locale.ROOT, "\\%x ", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
