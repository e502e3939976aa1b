package nl.vroegsignaal.prepare;

import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.contract.CodeList;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;

/** What a contract column holds, as far as a mapping can change it: a date, a month, a code, or text as is. */
enum ContractColumn {
    DATE, MONTH, CODE, TEXT;

    private static final Map<String, CodeList<?>> CODE_LISTS = Map.of(
            "geslacht", Geslacht.CODES, "herkomst", Herkomst.CODES, "onderwijssoort", Onderwijssoort.CODES,
            "diplomasoort", Diplomasoort.CODES, "verzuimsoort", Verzuimsoort.CODES, "regeling", Regeling.CODES,
            "jeugdhulpsoort", Jeugdhulpsoort.CODES, "verhuissoort", Verhuissoort.CODES);

    static ContractColumn of(String column) {
        if (column.equals("geboortemaand")) {
            return MONTH;
        }
        if (column.endsWith("datum")) {
            return DATE;
        }
        return CODE_LISTS.containsKey(column) ? CODE : TEXT;
    }

    /** The contract's code list of a code column. */
    static Optional<CodeList<?>> codes(String column) {
        return Optional.ofNullable(CODE_LISTS.get(column));
    }
}
