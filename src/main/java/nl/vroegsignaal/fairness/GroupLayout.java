package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.features.AuditAttributes;

/**
 * Where each row and each group sits in the geslacht x herkomst table. Only levels that occur in the data are
 * axes; every combination of present levels is a group of the intersection, even an empty one, so that the
 * intersection cells always add up to the single-attribute groups (suppression relies on that).
 */
final class GroupLayout {
    /** A group's position on the geslacht and herkomst axes; the axis size stands for "all". */
    record Slot(GroupKey key, int g, int h) {
    }

    final List<Geslacht> geslachten;
    final List<Herkomst> herkomsten;
    /** Per row: {@code gIndex * herkomsten.size() + hIndex}. */
    final int[] cellOfRow;

    private GroupLayout(List<Geslacht> geslachten, List<Herkomst> herkomsten, int[] cellOfRow) {
        this.geslachten = geslachten;
        this.herkomsten = herkomsten;
        this.cellOfRow = cellOfRow;
    }

    static GroupLayout of(AuditAttributes attributes) {
        int rows = attributes.geslacht().length;
        if (attributes.herkomst().length != rows) {
            throw new IllegalArgumentException("attributes: geslacht has " + rows + " rows but herkomst has "
                    + attributes.herkomst().length);
        }
        Geslacht[] allG = Geslacht.values();
        Herkomst[] allH = Herkomst.values();
        boolean[] seenG = new boolean[allG.length];
        boolean[] seenH = new boolean[allH.length];
        for (int r = 0; r < rows; r++) {
            seenG[checked(attributes.geslacht()[r], allG.length, "geslacht", r)] = true;
            seenH[checked(attributes.herkomst()[r], allH.length, "herkomst", r)] = true;
        }
        int[] gIndex = new int[allG.length];
        int[] hIndex = new int[allH.length];
        List<Geslacht> gs = new ArrayList<>();
        List<Herkomst> hs = new ArrayList<>();
        for (Geslacht g : allG) {
            gIndex[g.ordinal()] = gs.size();
            if (seenG[g.ordinal()]) {
                gs.add(g);
            }
        }
        for (Herkomst h : allH) {
            hIndex[h.ordinal()] = hs.size();
            if (seenH[h.ordinal()]) {
                hs.add(h);
            }
        }
        int[] cell = new int[rows];
        for (int r = 0; r < rows; r++) {
            cell[r] = gIndex[attributes.geslacht()[r]] * hs.size() + hIndex[attributes.herkomst()[r]];
        }
        return new GroupLayout(List.copyOf(gs), List.copyOf(hs), cell);
    }

    private static int checked(byte ordinal, int levels, String name, int row) {
        if (ordinal < 0 || ordinal >= levels) {
            throw new IllegalArgumentException("attributes." + name + "[" + row + "]: ordinal " + ordinal
                    + " is not a level (0.." + (levels - 1) + ")");
        }
        return ordinal;
    }

    int cells() {
        return geslachten.size() * herkomsten.size();
    }

    /** The table axes: geslacht, herkomst, then the given outcome axes. */
    int[] dims(int... outcomeDims) {
        int[] dims = new int[2 + outcomeDims.length];
        dims[0] = geslachten.size();
        dims[1] = herkomsten.size();
        System.arraycopy(outcomeDims, 0, dims, 2, outcomeDims.length);
        return dims;
    }

    Slot overall() {
        return new Slot(null, geslachten.size(), herkomsten.size());
    }

    List<Slot> slots(ProtectedAttribute attribute) {
        List<Slot> slots = new ArrayList<>();
        int allG = geslachten.size();
        int allH = herkomsten.size();
        switch (attribute) {
            case GESLACHT -> {
                for (int g = 0; g < allG; g++) {
                    slots.add(new Slot(GroupKey.of(geslachten.get(g)), g, allH));
                }
            }
            case HERKOMST -> {
                for (int h = 0; h < allH; h++) {
                    slots.add(new Slot(GroupKey.of(herkomsten.get(h)), allG, h));
                }
            }
            case GESLACHT_X_HERKOMST -> {
                for (int g = 0; g < allG; g++) {
                    for (int h = 0; h < allH; h++) {
                        slots.add(new Slot(GroupKey.of(geslachten.get(g), herkomsten.get(h)), g, h));
                    }
                }
            }
        }
        return slots;
    }
}
