package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.disclosure.DisclosureJson;
import nl.vroegsignaal.link.DataQuality;
import nl.vroegsignaal.link.VolumeTrend;

/** The {@code quality} object of {@code link-report.json}: every measure of {@link DataQuality}, in fixed order. */
final class LinkQualityJson {
    private LinkQualityJson() {
    }

    static void write(ObjectNode root, DataQuality q) {
        ObjectNode o = root.putObject("quality");
        long register = q.sources().stream().filter(s -> s.file() == SourceFile.PERSONEN).findFirst()
                .map(DataQuality.Source::rows).orElse(0L);
        ArrayNode years = o.putArray("schoolYears");
        q.years().forEach(years::add);
        ArrayNode sources = o.putArray("sources");
        for (DataQuality.Source s : q.sources()) {
            ObjectNode so = sources.addObject().put("file", s.file().fileName()).put("rows", s.rows());
            ArrayNode columns = so.putArray("completeness");
            for (DataQuality.Column c : s.completeness()) {
                ObjectNode co = columns.addObject().put("column", c.name()).put("countsPersons", c.persons());
                QualityCells.filled(c).writeTo(co, "withValue");
                BigDecimal share = QualityCells.share(c);
                if (share != null) {
                    co.put("share", share);
                } else {
                    DisclosureJson.hide(co, "share");
                }
            }
            so.put("duplicateRows", s.duplicateRows());
            nullable(so, "overlappingIntervals", s.overlapping());
            nullable(so, "overlappingMoreThan31Days", s.overlappingLong());
            if (s.file() != SourceFile.PERSONEN) {
                QualityCells.persons(s, register).writeTo(so, "personsWithRows");
            }
            ArrayNode lags = so.putArray("registrationLagDays");
            for (DataQuality.Lag l : s.lags()) {
                ObjectNode lo = lags.addObject().put("schoolYear", l.year()).put("spells", l.rows());
                percentile(lo, "p10", l.p10(), QualityCells.lagShown(l));
                percentile(lo, "p50", l.p50(), QualityCells.lagShown(l));
                percentile(lo, "p90", l.p90(), QualityCells.lagShown(l));
                lo.put("registeredBeforeBegin", l.beforeBegin());
            }
            ArrayNode volume = so.putArray("rowsPerSchoolYear");
            for (VolumeTrend.Series series : s.volume()) {
                ObjectNode vo = volume.addObject();
                if (series.code() != null) {
                    vo.put("column", series.column()).put("code", series.code());
                }
                ArrayNode rows = vo.putArray("rows");
                series.rows().forEach(rows::add);
            }
        }
        ArrayNode checks = o.putArray("consistency");
        for (DataQuality.Check c : q.checks()) {
            checks.addObject().put("file", c.file().fileName()).put("rule", c.rule()).put("rows", c.rows());
        }
        ArrayNode jumps = o.putArray("volumeJumps");
        for (VolumeTrend.Jump j : q.jumps()) {
            ObjectNode jo = jumps.addObject().put("file", j.file().fileName());
            if (j.code() != null) {
                jo.put("column", j.column()).put("code", j.code());
            }
            jo.put("schoolYear", j.year()).put("rows", j.rows()).put("previousSchoolYear", j.previousYear())
                    .put("previousRows", j.previousRows()).put("change", round(j.change()))
                    .put("usualChange", round(j.usual()));
        }
    }

    private static void percentile(ObjectNode o, String name, int days, boolean shown) {
        if (shown) {
            o.put(name, days);
        } else {
            DisclosureJson.hide(o, name);
        }
    }

    private static void nullable(ObjectNode o, String name, Long value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
