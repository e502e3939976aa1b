package nl.vroegsignaal.link;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.vroegsignaal.contract.Code;
import nl.vroegsignaal.contract.CodeList;

/** A closed code list matched on raw bytes: a code cell becomes an enum ordinal without a String. */
final class CodeBytes {
    private final byte[][] codes;
    private final String allowed;

    <E extends Enum<E> & Code> CodeBytes(CodeList<E> list) {
        codes = list.values().stream().map(e -> e.code().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        allowed = list.allowed();
    }

    /** The ordinal of the code spelled by the bytes, or -1. */
    int find(byte[] b, int start, int end) {
        int len = end - start;
        for (int k = 0; k < codes.length; k++) {
            byte[] c = codes[k];
            if (c.length == len && Arrays.equals(c, 0, len, b, start, end)) {
                return k;
            }
        }
        return -1;
    }

    /** The allowed spellings, comma separated, for messages. */
    String allowed() {
        return allowed;
    }
}
