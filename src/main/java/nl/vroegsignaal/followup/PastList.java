package nl.vroegsignaal.followup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.link.ContactLogFile;

/**
 * A list written by {@code signal} in an earlier year, read back from its {@code signalen-LIST.json} (only the
 * fields the follow-up needs, as a typed record), with the team's filled contact log beside it, if any.
 *
 * @param file      the list's JSON file, for messages
 * @param json      the list as written
 * @param log       the filled contact log {@code contactlog-LIST.csv} beside it, if there is one
 * @param draw      the random stream's draw {@code steekproef-LIST.json} beside it, if the list had one
 */
record PastList(Path file, ListJson json, Optional<ContactLogFile.Contents> log, Optional<DrawJson> draw) {

    /** The fields of {@code steekproef-LIST.json} the follow-up reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DrawJson(String soort, String lijst, String peildatum, String zaad, BigDecimal aandeel, Integer getrokken,
                    List<Member> strookleden) {
    }

    /** One person of the strip below the cut-off, drawn onto the list or not. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(int strookrang, String pseudoniem, Boolean getrokken) {
    }

    /** The fields of {@code signalen-LIST.json} the follow-up reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ListJson(String soort, String lijst, String peildatum, int capaciteit, int populatie,
                    BigDecimal verwachtePrecisie, String precisieBasis, Map<String, String> herkomst,
                    List<Listed> signalen) {
        LocalDate date() {
            return LocalDate.parse(peildatum);
        }
    }

    /** One person on the list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(int rang, String pseudoniem, BigDecimal risico) {
    }

    static PastList read(Path json, Optional<ContactLogFile.Contents> log) {
        return read(json, log, Optional.empty());
    }

    static PastList read(Path json, Optional<ContactLogFile.Contents> log, Optional<Path> drawFile) {
        ListJson list = readJson(json, ListJson.class, "a signal list");
        if (!"vroegsignaal-signaallijst".equals(list.soort()) || list.peildatum() == null || list.signalen() == null
                || list.verwachtePrecisie() == null || !list.peildatum().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InputException(json + ": not a signal list written by vroegsignaal (expected soort "
                    + "vroegsignaal-signaallijst with peildatum, verwachtePrecisie and signalen)");
        }
        log.ifPresent(l -> check(json, list, l));
        Optional<DrawJson> draw = drawFile.map(f -> readDraw(f, list));
        return new PastList(json, list, log, draw);
    }

    /**
     * A draw belongs to its list: same key and peildatum, every drawn person on the list and no one else of the strip
     * on it, and as many drawn as it says.
     */
    private static DrawJson readDraw(Path file, ListJson list) {
        DrawJson d = readJson(file, DrawJson.class, "a random draw");
        if (!"vroegsignaal-steekproef".equals(d.soort()) || d.strookleden() == null || d.getrokken() == null) {
            throw new InputException(file + ": not a random draw written by vroegsignaal (expected soort "
                    + "vroegsignaal-steekproef with getrokken and strookleden)");
        }
        if (!list.lijst().equals(d.lijst()) || !list.peildatum().equals(d.peildatum())) {
            throw new InputException(file + ": lijst and peildatum must be those of its list (" + list.lijst() + ", "
                    + list.peildatum() + ")");
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        list.signalen().forEach(s -> listed.add(s.pseudoniem()));
        int drawn = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < d.strookleden().size(); i++) {
            Member m = d.strookleden().get(i);
            if (m.pseudoniem() == null || m.getrokken() == null || !seen.add(m.pseudoniem())) {
                throw new InputException(file + ": strookleden[" + i + "]: needs a pseudoniem (once) and getrokken");
            }
            if (m.getrokken() != listed.contains(m.pseudoniem())) {
                throw new InputException(file + ": strookleden[" + i + "]: " + (m.getrokken()
                        ? "drawn but not on the list" : "not drawn but on the list") + "; the draw must be the list's own");
            }
            drawn += m.getrokken() ? 1 : 0;
        }
        if (drawn != d.getrokken()) {
            throw new InputException(file + ": getrokken is " + d.getrokken() + " but " + drawn
                    + " persons of strookleden are drawn");
        }
        return d;
    }

    /** A log belongs to its list: same key, peildatum, and the same persons at the same ranks. */
    private static void check(Path json, ListJson list, ContactLogFile.Contents log) {
        String name = json.resolveSibling(ContactLogFile.fileName(list.lijst())).toString();
        if (!log.list().equals(list.lijst()) || !log.peildatum().equals(list.date())) {
            throw new InputException(name + ": lijst and peildatum must be those of " + json.getFileName() + " ("
                    + list.lijst() + ", " + list.peildatum() + ")");
        }
        Map<Integer, String> byRank = new java.util.HashMap<>();
        list.signalen().forEach(s -> byRank.put(s.rang(), s.pseudoniem()));
        for (int i = 0; i < log.rows().size(); i++) {
            ContactLogFile.Row r = log.rows().get(i);
            if (!r.pseudonym().equals(byRank.get(r.rank()))) {
                throw new InputException(name + ":" + (i + 2) + ": column pseudoniem: not the person at rang "
                        + r.rank() + " of " + json.getFileName() + "; the log must be the list's own template");
            }
        }
        if (log.rows().size() != list.signalen().size()) {
            throw new InputException(name + ": holds " + log.rows().size() + " rows, the list " + list.signalen().size()
                    + ": one row per person on the list");
        }
    }

    /** A JSON file of ours, or a located refusal naming what it should have been and the parser's first line. */
    private static <T> T readJson(Path file, Class<T> type, String what) {
        try {
            return Json.MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new InputException(file + ": not " + what + " written by vroegsignaal (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")");
        }
    }
}
