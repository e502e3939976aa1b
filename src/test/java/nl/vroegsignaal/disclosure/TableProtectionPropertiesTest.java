package nl.vroegsignaal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An attacker who knows every shown count and that rows and columns add up to their totals solves any equation
 * with a single unknown, again and again. Whatever the table, that must never reveal a suppressed count. The
 * equations are written out here per axis, independently of {@link CountTable#lines()}.
 */
class TableProtectionPropertiesTest {

    record Table2(int rows, int cols, int[] cells) {
    }

    record Table3(int a, int b, int c, int[] cells) {
    }

    @Property(tries = 500)
    void noSuppressedCellOfATwoWayTableCanBeDerivedBySubtraction(@ForAll("tables2") Table2 t) {
        int minCell = Disclosure.MIN_PERSONS;
        CountTable table = CountTable.ofInterior(new int[] {t.rows(), t.cols()}, t.cells());
        boolean[] hidden = TableProtection.protect(table, table.dims().length);
        List<int[]> equations = new ArrayList<>();
        for (int r = 0; r <= t.rows(); r++) {
            int[] eq = new int[t.cols() + 1];
            for (int c = 0; c <= t.cols(); c++) {
                eq[c] = table.index(r, c);
            }
            equations.add(eq);
        }
        for (int c = 0; c <= t.cols(); c++) {
            int[] eq = new int[t.rows() + 1];
            for (int r = 0; r <= t.rows(); r++) {
                eq[r] = table.index(r, c);
            }
            equations.add(eq);
        }
        assertShownAreLargeAndNoSmallCountIsDerivable(table, hidden, equations, minCell);
    }

    @Property(tries = 300)
    void noSuppressedCellOfAThreeWayTableCanBeDerivedBySubtraction(@ForAll("tables3") Table3 t) {
        int minCell = 10;
        CountTable table = CountTable.ofInterior(new int[] {t.a(), t.b(), t.c()}, t.cells());
        boolean[] hidden = TableProtection.protect(table, table.dims().length);
        List<int[]> equations = new ArrayList<>();
        for (int i = 0; i <= t.a(); i++) {
            for (int j = 0; j <= t.b(); j++) {
                int[] eq = new int[t.c() + 1];
                for (int k = 0; k <= t.c(); k++) {
                    eq[k] = table.index(i, j, k);
                }
                equations.add(eq);
            }
        }
        for (int i = 0; i <= t.a(); i++) {
            for (int k = 0; k <= t.c(); k++) {
                int[] eq = new int[t.b() + 1];
                for (int j = 0; j <= t.b(); j++) {
                    eq[j] = table.index(i, j, k);
                }
                equations.add(eq);
            }
        }
        for (int j = 0; j <= t.b(); j++) {
            for (int k = 0; k <= t.c(); k++) {
                int[] eq = new int[t.a() + 1];
                for (int i = 0; i <= t.a(); i++) {
                    eq[i] = table.index(i, j, k);
                }
                equations.add(eq);
            }
        }
        assertShownAreLargeAndNoSmallCountIsDerivable(table, hidden, equations, minCell);
    }

    /** Each equation: the last index is the total of the others. */
    private static void assertShownAreLargeAndNoSmallCountIsDerivable(CountTable table, boolean[] hidden,
                                                                       List<int[]> equations, int minCell) {
        boolean[] known = new boolean[table.size()];
        for (int i = 0; i < known.length; i++) {
            known[i] = !hidden[i];
            if (known[i]) {
                assertThat(table.get(i)).as("shown entry %d of %s", i, table).isGreaterThanOrEqualTo(minCell);
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int[] eq : equations) {
                int unknown = -1;
                int unknowns = 0;
                for (int e : eq) {
                    if (!known[e]) {
                        unknowns++;
                        unknown = e;
                    }
                }
                if (unknowns == 1) {
                    // a hidden entry of 10 or more that can be worked out gives away no small count
                    assertThat(table.get(unknown)).as("entry %d of %s is derivable", unknown, table)
                            .isGreaterThanOrEqualTo(minCell);
                    known[unknown] = true;
                    progress = true;
                }
            }
        }
    }

    /** Counts skewed towards small values, so that small cells are common. */
    private static Arbitrary<Integer> counts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 12)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(10, 60)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(60, 5000)));
    }

    @Provide
    Arbitrary<Table2> tables2() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6))
                .flatAs((r, c) -> counts().array(int[].class).ofSize(r * c).map(cells -> new Table2(r, c, cells)));
    }

    @Provide
    Arbitrary<Table3> tables3() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 4);
        return Combinators.combine(size, size, Arbitraries.integers().between(1, 3))
                .flatAs((a, b, c) -> counts().array(int[].class).ofSize(a * b * c)
                        .map(cells -> new Table3(a, b, c, cells)));
    }
}
