package nl.vroegsignaal.explain;

import static nl.vroegsignaal.explain.NlFormat.count;
import static nl.vroegsignaal.explain.NlFormat.timesAtStart;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Plain-Dutch (B1) statements of a person's own values, one template per catalogue feature, grouped below by
 * family. A template states a fact about the person ("Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12
 * maanden"); it returns empty when the value states nothing that could raise a risk (a count of 0, a binary
 * 0, a missing value), and the reason then falls to the family's next feature. Number rules: see
 * {@link NlFormat}. Family {@code wijk} and the context features ({@link ReasonTopics#CONTEXT_FEATURES}) have no
 * templates on purpose: they are never a reason.
 */
public final class ReasonTexts {
    private static final ReasonTexts STANDARD = new ReasonTexts(standardTemplates());

    private final Map<String, Function<PersonValues, Optional<String>>> templates;

    private ReasonTexts(Map<String, Function<PersonValues, Optional<String>>> templates) {
        this.templates = Collections.unmodifiableMap(templates);
    }

    public static ReasonTexts standard() {
        return STANDARD;
    }

    public boolean hasTemplate(String feature) {
        return templates.containsKey(feature);
    }

    public Set<String> features() {
        return templates.keySet();
    }

    /** The statement for one catalogue feature of one person, or empty when there is nothing to state. */
    public Optional<String> text(String feature, PersonValues person) {
        Function<PersonValues, Optional<String>> t = templates.get(feature);
        return t == null ? Optional.empty() : t.apply(person);
    }

    private static Map<String, Function<PersonValues, Optional<String>>> standardTemplates() {
        Map<String, Function<PersonValues, Optional<String>>> t = new TreeMap<>();
        // schoolloopbaan: gaps and switches only (age, type, sector, year and diplomas are context, not reasons)
        t.put("zittenblijven_3j", p -> times(p, "zittenblijven_3j", "blijven zitten in de afgelopen 3 jaar"));
        t.put("afstroom_3j", p -> times(p, "afstroom_3j",
                "naar een lager niveau gegaan (afstroom) in de afgelopen 3 jaar"));
        t.put("schoolwissels_3j", p -> times(p, "schoolwissels_3j", "van school gewisseld in de afgelopen 3 jaar"));
        t.put("onderbrekingen_3j", p -> times(p, "onderbrekingen_3j",
                "meer dan 3 maanden nergens ingeschreven in de afgelopen 3 jaar"));

        // verzuim
        t.put("verzuim_ongeoorloofd_12m", p -> reports(p, "verzuim_ongeoorloofd_12m", "Ongeoorloofd verzuim", 12));
        t.put("verzuim_ongeoorloofd_3m", p -> reports(p, "verzuim_ongeoorloofd_3m", "Ongeoorloofd verzuim", 3));
        t.put("verzuim_langdurig_12m", p -> reports(p, "verzuim_langdurig_12m", "Langdurig verzuim", 12));
        t.put("verzuim_luxeverzuim_12m", p -> reports(p, "verzuim_luxeverzuim_12m", "Luxeverzuim", 12));
        t.put("verzuim_signaalverzuim_12m", p -> reports(p, "verzuim_signaalverzuim_12m", "Signaalverzuim", 12));
        t.put("verzuim_absoluut_12m", p -> reports(p, "verzuim_absoluut_12m",
                "Absoluut verzuim (nergens ingeschreven)", 12));
        t.put("verzuim_uren_3m", p -> map(p.positive("verzuim_uren_3m"),
                v -> NlFormat.number(v) + " uur verzuim gemeld in de afgelopen 3 maanden"));
        t.put("verzuim_uren_12m", p -> map(p.positive("verzuim_uren_12m"),
                v -> NlFormat.number(v) + " uur verzuim gemeld in de afgelopen 12 maanden"));
        // 999 stands for "no report, or long ago": nothing to state then
        t.put("verzuim_dagen_sinds_melding", p -> map(p.number("verzuim_dagen_sinds_melding"), v -> v >= 999 ? null
                : "Laatste verzuimmelding " + count(v, "dag", "dagen") + " voor de peildatum"));

        // huishouden
        t.put("uitkering_lopend", p -> p.isSet("uitkering_lopend") ? Optional.of(benefit(p)) : Optional.empty());
        t.put("uitkering_maanden_3j", p -> map(p.positive("uitkering_maanden_3j"), v -> benefit(p)));
        t.put("schuldhulp_lopend", p -> p.isSet("schuldhulp_lopend")
                ? Optional.of("Huishouden krijgt schuldhulp") : Optional.empty());
        t.put("schuldhulp_3j", p -> !p.isSet("schuldhulp_3j") ? Optional.empty()
                : Optional.of(p.isSet("schuldhulp_lopend") ? "Huishouden krijgt schuldhulp"
                : "Huishouden had schuldhulp in de afgelopen 3 jaar"));

        // jeugdhulp
        flag(t, "jeugdhulp_lopend", "Krijgt jeugdhulp");
        flag(t, "jeugdhulp_zonder_verblijf_3j", "Jeugdhulp (thuis wonend) in de afgelopen 3 jaar");
        flag(t, "jeugdhulp_met_verblijf_3j", "Jeugdhulp met verblijf buiten huis in de afgelopen 3 jaar");
        flag(t, "jeugdhulp_jeugdbescherming_3j", "Jeugdbescherming in de afgelopen 3 jaar");
        flag(t, "jeugdhulp_jeugdreclassering_3j", "Jeugdreclassering in de afgelopen 3 jaar");

        // verhuizingen
        t.put("verhuizingen_3j", p -> times(p, "verhuizingen_3j", "verhuisd in de afgelopen 3 jaar"));
        flag(t, "gevestigd_3j", "In de afgelopen 3 jaar in de gemeente komen wonen");
        return t;
    }

    private static Optional<String> map(OptionalDouble value, Function<Double, String> text) {
        return value.isPresent() ? Optional.ofNullable(text.apply(value.getAsDouble())) : Optional.empty();
    }

    private static void flag(Map<String, Function<PersonValues, Optional<String>>> t, String feature, String text) {
        t.put(feature, p -> p.isSet(feature) ? Optional.of(text) : Optional.empty());
    }

    private static Optional<String> times(PersonValues p, String feature, String what) {
        return map(p.positive(feature), v -> timesAtStart(Math.round(v)) + " " + what);
    }

    private static Optional<String> reports(PersonValues p, String feature, String kind, int months) {
        return map(p.positive(feature),
                v -> kind + ": " + count(v, "melding", "meldingen") + " in de afgelopen " + months + " maanden");
    }

    private static String benefit(PersonValues p) {
        boolean running = p.isSet("uitkering_lopend");
        OptionalDouble months = p.positive("uitkering_maanden_3j");
        if (months.isEmpty()) {
            return "Huishouden heeft een uitkering";
        }
        double m = months.getAsDouble();
        String duration = m < 1 ? "minder dan 1 maand" : count(Math.rint(m), "maand", "maanden");
        return running ? "Huishouden heeft een uitkering (" + duration + " in de afgelopen 3 jaar)"
                : "Huishouden had een uitkering: " + duration + " in de afgelopen 3 jaar";
    }

    /** Onderwijssoort codes as Dutch writes them in running text. */
    static String typeName(String code) {
        return switch (code) {
            case "PRO" -> "het praktijkonderwijs";
            case "VSO" -> "het voortgezet speciaal onderwijs";
            case "HAVO" -> "de havo";
            case "VWO" -> "het vwo";
            case "VAVO" -> "het vavo (voortgezet algemeen volwassenenonderwijs)";
            case "HO" -> "het hoger onderwijs";
            default -> code.toLowerCase(java.util.Locale.ROOT); // vmbo-bb, mbo-1, ...
        };
    }

}
