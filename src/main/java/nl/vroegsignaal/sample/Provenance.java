package nl.vroegsignaal.sample;

import java.time.LocalDate;
import nl.vroegsignaal.contract.SourceFile;

/**
 * truth/generator.json: what produced a synthetic folder (world model, options, seed) and the rows and sha256 of
 * every file. No build version or time, so the same options give the same bytes on any build.
 */
final class Provenance {
    private Provenance() {
    }

    static String json(SampleResult r) {
        SampleOptions o = r.options();
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\n");
        sb.append("  \"generator\": \"vroegsignaal sample\",\n");
        sb.append("  \"worldModel\": \"").append(SampleGenerator.WORLD_MODEL).append("\",\n");
        sb.append("  \"persons\": ").append(o.persons()).append(",\n");
        sb.append("  \"seed\": ").append(o.seed()).append(",\n");
        sb.append("  \"directEffectHerkomst\": ").append(o.directEffectHerkomst()).append(",\n");
        sb.append("  \"proxyLeak\": ").append(o.proxyLeak()).append(",\n");
        if (o.registrationBias() > 0) {
            // only when used, so worlds without the knob keep their bytes
            sb.append("  \"registrationBiasHerkomst\": ").append(o.registrationBias()).append(",\n");
        }
        if (o.drift().any()) {
            // only when used, so worlds without the knobs keep their bytes
            sb.append("  \"driftBaseRate\": ").append(o.drift().baseRate()).append(",\n");
            sb.append("  \"driftRegistration\": ").append(o.drift().registration()).append(",\n");
        }
        if (o.treatment().any()) {
            // only when used, so worlds without the knob keep their bytes
            sb.append("  \"treatmentEffect\": ").append(o.treatment().effect()).append(",\n");
            sb.append("  \"treatmentContacts\": ").append(o.treatment().contacted().values().stream()
                    .mapToInt(java.util.Set::size).sum()).append(",\n");
        }
        if (o.noiseSource() != NoiseSource.NONE) {
            sb.append("  \"noiseSource\": \"").append(o.noiseSource().key()).append("\",\n");
        }
        sb.append("  \"extractionDate\": \"").append(LocalDate.ofEpochDay(Days.EXTRACTION)).append("\",\n");
        sb.append("  \"peildata\": [");
        for (int y = Days.FIRST_PEIL_YEAR; y <= Days.LAST_PEIL_YEAR; y++) {
            sb.append(y > Days.FIRST_PEIL_YEAR ? ", " : "").append('"').append(LocalDate.ofEpochDay(Days.peil(y)))
                    .append('"');
        }
        sb.append("],\n");
        sb.append("  \"files\": [\n");
        String[] names = SampleGenerator.fileNames();
        for (int f = 0; f < names.length; f++) {
            long rows = f < SourceFile.values().length ? r.rows().get(SourceFile.values()[f]) : r.truthRows();
            sb.append("    {\"name\": \"").append(names[f]).append("\", \"rows\": ").append(rows)
                    .append(", \"sha256\": \"").append(r.sha256().get(names[f])).append("\"}")
                    .append(f < names.length - 1 ? ",\n" : "\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }
}
