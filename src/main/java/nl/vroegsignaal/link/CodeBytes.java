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
        if (len == 0) {
            return -1;
        }
        byte last = b[end - 1];
        for (int k = 0; k < codes.length; k++) {
            byte[] c = codes[k];
            // Length and last byte first: they tell most codes of a list apart (VMBO-BB/KB/GT, MBO-1..4).
            if (c.length == len && c[len - 1] == last && Arrays.equals(c, 0, len, b, start, end)) {
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
