package nl.vroegsignaal.features;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.vroegsignaal.contract.SourceFile;

/**
 * An independent second implementation of the timeline, population, label and a few features in DuckDB SQL
 * on the contract CSV files, to check the pipeline against (and to time it against). Test scope only.
 * Features twinned: leeftijd, verzuim_ongeoorloofd_12m, uitkering_lopend, verhuizingen_3j.
 */
final class DuckDbTwin implements AutoCloseable {
    static final List<String> TWINNED = List.of("leeftijd", "verzuim_ongeoorloofd_12m", "uitkering_lopend",
            "verhuizingen_3j");
    private static final Map<SourceFile, String> TYPES = Map.of(
            SourceFile.PERSONEN, "{'pseudoniem':'VARCHAR','geboortemaand':'VARCHAR','geslacht':'VARCHAR',"
                    + "'herkomst':'VARCHAR','wijk':'VARCHAR'}",
            SourceFile.INSCHRIJVINGEN, "{'pseudoniem':'VARCHAR','brin':'VARCHAR','onderwijssoort':'VARCHAR',"
                    + "'leerjaar':'INTEGER','begindatum':'DATE','einddatum':'DATE'}",
            SourceFile.DIPLOMAS, "{'pseudoniem':'VARCHAR','datum':'DATE','diplomasoort':'VARCHAR'}",
            SourceFile.VERZUIM, "{'pseudoniem':'VARCHAR','meldingsdatum':'DATE','verzuimsoort':'VARCHAR','uren':'INTEGER'}",
            SourceFile.UITKERINGEN, "{'pseudoniem':'VARCHAR','regeling':'VARCHAR','begindatum':'DATE','einddatum':'DATE',"
                    + "'registratiedatum':'DATE'}",
            SourceFile.JEUGDHULP, "{'pseudoniem':'VARCHAR','jeugdhulpsoort':'VARCHAR','begindatum':'DATE',"
                    + "'einddatum':'DATE','registratiedatum':'DATE'}",
            SourceFile.SCHULDHULP, "{'pseudoniem':'VARCHAR','begindatum':'DATE','einddatum':'DATE','registratiedatum':'DATE'}",
            SourceFile.VERHUIZINGEN, "{'pseudoniem':'VARCHAR','datum':'DATE','verhuissoort':'VARCHAR'}");
    private static final String STARTKWALIFICATIE = "('HAVO','VWO','MBO-2','MBO-3','MBO-4','HO')";
    private static final String LEAVES = "('vertrek','emigratie')";

    /** One population row: label null when unknown or censored; features in {@link #TWINNED} order. */
    record Row(Integer label, long[] features) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && Objects.equals(label, r.label) && java.util.Arrays.equals(features, r.features);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, java.util.Arrays.hashCode(features));
        }

        @Override
        public String toString() {
            return "label=" + label + " features=" + java.util.Arrays.toString(features);
        }
    }

    private final Connection db;

    /** Opens an in-memory database and loads the eight files of the folder with explicit column types. */
    DuckDbTwin(Path inputDir) throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            for (SourceFile f : SourceFile.values()) {
                String file = inputDir.resolve(f.fileName()).toAbsolutePath().toString().replace("'", "''");
                String table = f.fileName().replace(".csv", "");
                // Only rows of known persons count, as in the linker.
                String linked = f == SourceFile.PERSONEN ? ""
                        : " WHERE pseudoniem IN (SELECT pseudoniem FROM personen)";
                s.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv('" + file
                        + "', header=true, delim=',', quote='\"', columns=" + TYPES.get(f) + ")" + linked);
            }
        }
    }

    /** The day after the latest knowledge date (end dates excluded). */
    LocalDate horizon() throws SQLException {
        return single("SELECT max(d) + 1 FROM (SELECT max(begindatum) d FROM inschrijvingen "
                + "UNION ALL SELECT max(datum) FROM diplomas UNION ALL SELECT max(meldingsdatum) FROM verzuim "
                + "UNION ALL SELECT max(datum) FROM verhuizingen UNION ALL SELECT max(registratiedatum) FROM uitkeringen "
                + "UNION ALL SELECT max(registratiedatum) FROM jeugdhulp UNION ALL SELECT max(registratiedatum) FROM schuldhulp)");
    }

    /** Every 1 October up to the horizon with a running enrolment. */
    List<LocalDate> peildata(LocalDate horizon) throws SQLException {
        List<LocalDate> out = new ArrayList<>();
        String sql = "SELECT make_date(y::INTEGER, 10, 1) AS p FROM range((SELECT year(min(begindatum)) FROM inschrijvingen), "
                + (horizon.getYear() + 1) + ") t(y) WHERE make_date(y::INTEGER, 10, 1) <= DATE '" + horizon + "' "
                + "AND EXISTS (SELECT 1 FROM inschrijvingen i WHERE i.begindatum <= make_date(y::INTEGER, 10, 1) "
                + "AND (i.einddatum IS NULL OR i.einddatum >= make_date(y::INTEGER, 10, 1))) ORDER BY p";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getObject(1, LocalDate.class));
            }
        }
        return out;
    }

    /** Population rows keyed "pseudoniem@peildatum", in peildatum then pseudoniem order. */
    Map<String, Row> population(List<LocalDate> peildata, LocalDate horizon) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE peil AS SELECT p, (p + INTERVAL 1 YEAR)::DATE AS p1, "
                    + "(p - INTERVAL 1 YEAR)::DATE AS m12, (p - INTERVAL 3 YEAR)::DATE AS y3 FROM (SELECT unnest(["
                    + String.join(",", peildata.stream().map(d -> "DATE '" + d + "'").toList()) + "]::DATE[]) AS p)");
        }
        String sql = """
                WITH people AS (
                  SELECT pseudoniem, CAST(substr(geboortemaand, 1, 4) AS INTEGER) AS by,
                         CAST(substr(geboortemaand, 6, 2) AS INTEGER) AS bm FROM personen),
                enrolled AS (
                  SELECT DISTINCT i.pseudoniem, pl.p FROM inschrijvingen i JOIN peil pl
                    ON i.begindatum <= pl.p AND coalesce(i.einddatum, DATE '9999-12-31') >= pl.p
                  WHERE i.onderwijssoort <> 'HO'),
                qualified AS (
                  SELECT DISTINCT d.pseudoniem, pl.p FROM diplomas d JOIN peil pl ON d.datum <= pl.p
                  WHERE d.diplomasoort IN %1$s),
                lastmove AS (
                  SELECT v.pseudoniem, pl.p, max(v.datum) AS last FROM verhuizingen v JOIN peil pl ON v.datum <= pl.p
                  GROUP BY v.pseudoniem, pl.p),
                away AS (
                  SELECT lm.pseudoniem, lm.p FROM lastmove lm JOIN verhuizingen v
                    ON v.pseudoniem = lm.pseudoniem AND v.datum = lm.last
                  GROUP BY lm.pseudoniem, lm.p HAVING bool_and(v.verhuissoort IN %2$s)),
                aged AS (
                  SELECT pe.pseudoniem, pl.p, pl.p1, pl.m12, pl.y3,
                         year(pl.p) - pe.by - CASE WHEN month(pl.p) < pe.bm THEN 1 ELSE 0 END AS age
                  FROM people pe CROSS JOIN peil pl),
                pop AS (
                  SELECT a.* FROM aged a
                  SEMI JOIN enrolled e ON e.pseudoniem = a.pseudoniem AND e.p = a.p
                  ANTI JOIN qualified q ON q.pseudoniem = a.pseudoniem AND q.p = a.p
                  ANTI JOIN away w ON w.pseudoniem = a.pseudoniem AND w.p = a.p
                  WHERE a.age BETWEEN 12 AND 22),
                enrolled_after AS (
                  SELECT DISTINCT i.pseudoniem, pl.p FROM inschrijvingen i JOIN peil pl
                    ON i.begindatum <= pl.p1 AND coalesce(i.einddatum, DATE '9999-12-31') >= pl.p1),
                qualified_within AS (
                  SELECT DISTINCT d.pseudoniem, pl.p FROM diplomas d JOIN peil pl ON d.datum > pl.p AND d.datum <= pl.p1
                  WHERE d.diplomasoort IN %1$s),
                censored AS (
                  SELECT DISTINCT v.pseudoniem, pl.p FROM verhuizingen v JOIN peil pl ON v.datum > pl.p AND v.datum <= pl.p1
                  WHERE v.verhuissoort IN %2$s),
                unexcused AS (
                  SELECT v.pseudoniem, pl.p, count(*) AS n FROM verzuim v JOIN peil pl
                    ON v.meldingsdatum >= pl.m12 AND v.meldingsdatum < pl.p
                  WHERE v.verzuimsoort = 'ongeoorloofd' GROUP BY v.pseudoniem, pl.p),
                benefit AS (
                  SELECT DISTINCT u.pseudoniem, pl.p FROM uitkeringen u JOIN peil pl
                    ON u.registratiedatum < pl.p AND u.begindatum < pl.p
                    AND coalesce(u.einddatum, DATE '9999-12-31') >= pl.p),
                moves AS (
                  SELECT v.pseudoniem, pl.p, count(*) AS n FROM verhuizingen v JOIN peil pl
                    ON v.datum >= pl.y3 AND v.datum < pl.p GROUP BY v.pseudoniem, pl.p)
                SELECT pop.pseudoniem, pop.p,
                  CASE WHEN pop.p1 > DATE '%3$s' THEN NULL
                       WHEN c.pseudoniem IS NOT NULL THEN NULL
                       WHEN ea.pseudoniem IS NOT NULL OR qw.pseudoniem IS NOT NULL THEN 0 ELSE 1 END AS label,
                  pop.age, coalesce(ux.n, 0), CASE WHEN b.pseudoniem IS NULL THEN 0 ELSE 1 END, coalesce(m.n, 0)
                FROM pop
                LEFT JOIN censored c ON c.pseudoniem = pop.pseudoniem AND c.p = pop.p
                LEFT JOIN enrolled_after ea ON ea.pseudoniem = pop.pseudoniem AND ea.p = pop.p
                LEFT JOIN qualified_within qw ON qw.pseudoniem = pop.pseudoniem AND qw.p = pop.p
                LEFT JOIN unexcused ux ON ux.pseudoniem = pop.pseudoniem AND ux.p = pop.p
                LEFT JOIN benefit b ON b.pseudoniem = pop.pseudoniem AND b.p = pop.p
                LEFT JOIN moves m ON m.pseudoniem = pop.pseudoniem AND m.p = pop.p
                ORDER BY pop.p, pop.pseudoniem
                """.formatted(STARTKWALIFICATIE, LEAVES, horizon);
        Map<String, Row> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                int label = rs.getInt(3);
                Integer boxed = rs.wasNull() ? null : label;
                long[] f = {rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)};
                out.put(rs.getString(1) + "@" + rs.getObject(2, LocalDate.class), new Row(boxed, f));
            }
        }
        return out;
    }

    /** The same rows as the pipeline computed them. */
    static Map<String, Row> fromPipeline(FeatureSet set) {
        FeatureMatrix m = set.matrix();
        int[] cols = TWINNED.stream().mapToInt(n -> Catalogue.current().features()
                .indexOf(Catalogue.find(n).orElseThrow())).toArray();
        Map<String, Row> out = new LinkedHashMap<>();
        for (int r = 0; r < m.rows(); r++) {
            long[] f = new long[cols.length];
            for (int c = 0; c < cols.length; c++) {
                f[c] = (long) ((FeatureColumn.Numeric) m.columns().get(cols[c])).values()[r];
            }
            Integer label = m.label()[r] == FeatureMatrix.NO_LABEL ? null : (int) m.label()[r];
            out.put(m.pseudonym()[r] + "@" + LocalDate.ofEpochDay(m.peildatum()[r]), new Row(label, f));
        }
        return out;
    }

    /** Up to {@code max} disagreements between two row maps, as readable lines (pseudonyms of synthetic data). */
    static List<String> differences(Map<String, Row> expected, Map<String, Row> actual, int max) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Row> e : expected.entrySet()) {
            Row a = actual.get(e.getKey());
            if (!e.getValue().equals(a) && out.size() < max) {
                out.add(e.getKey() + ": twin " + e.getValue() + " pipeline " + a);
            }
        }
        for (String key : actual.keySet()) {
            if (!expected.containsKey(key) && out.size() < max) {
                out.add(key + ": only in the pipeline");
            }
        }
        return out;
    }

    private LocalDate single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            Date d = rs.getDate(1);
            return d == null ? null : d.toLocalDate();
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
