package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonIndexTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static int add(PersonIndex idx, String s) {
        byte[] bytes = b("##" + s + "#");
        return idx.add(bytes, 2, bytes.length - 1);
    }

    private static int find(PersonIndex idx, String s) {
        byte[] bytes = b(s);
        return idx.find(bytes, 0, bytes.length);
    }

    @Test
    void givesIndicesInOrderOfFirstAppearance() {
        PersonIndex idx = new PersonIndex();
        assertThat(add(idx, "PSEUDO-B")).isZero();
        assertThat(add(idx, "PSEUDO-A")).isEqualTo(1);
        assertThat(find(idx, "PSEUDO-A")).isEqualTo(1);
        assertThat(find(idx, "PSEUDO-B")).isZero();
        assertThat(find(idx, "PSEUDO-C")).isEqualTo(-1);
        assertThat(find(idx, "PSEUDO-")).isEqualTo(-1);
    }

    @Test
    void reportsTheIndexOfAPseudonymAddedBefore() {
        PersonIndex idx = new PersonIndex();
        add(idx, "first___");
        add(idx, "second__");
        assertThat(add(idx, "second__")).isEqualTo(-2);
        assertThat(idx.size()).isEqualTo(2);
    }

    @Test
    void keepsEveryEntryFindableWhileGrowing() {
        PersonIndex idx = new PersonIndex();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertThat(add(idx, "P" + Integer.toString(i, 36) + "_x")).isEqualTo(i);
        }
        for (int i = 0; i < n; i++) {
            assertThat(find(idx, "P" + Integer.toString(i, 36) + "_x")).isEqualTo(i);
        }
        assertThat(find(idx, "P" + Integer.toString(n, 36) + "_x")).isEqualTo(-1);
    }
}
