package nl.vroegsignaal.fairness;

import java.util.function.IntPredicate;

/** The straightforward way: loop over the rows of one group and count the 2x2 table. Test oracle. */
record GroupCounts(int n, int tp, int fp, int fn, int tn, double riskSum) {

    static GroupCounts of(AuditInput in, IntPredicate member) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        double risk = 0;
        for (int i = 0; i < in.rows(); i++) {
            if (!member.test(i)) {
                continue;
            }
            risk += in.risk()[i];
            boolean pos = in.label()[i] == 1;
            boolean sel = in.selected()[i];
            if (pos && sel) {
                tp++;
            } else if (pos) {
                fn++;
            } else if (sel) {
                fp++;
            } else {
                tn++;
            }
        }
        return new GroupCounts(tp + fp + fn + tn, tp, fp, fn, tn, risk);
    }

    /** {numerator, denominator} of a proportion metric, written out per metric. */
    int[] fraction(Metric m) {
        return switch (m) {
            case RECALL -> new int[] {tp, tp + fn};
            case FALSE_OMISSION_RATE -> new int[] {fn, fn + tn};
            case SELECTION_RATE -> new int[] {tp + fp, n};
            case PRECISION -> new int[] {tp, tp + fp};
            case FALSE_POSITIVE_RATE -> new int[] {fp, fp + tn};
            case FALSE_NEGATIVE_RATE -> new int[] {fn, tp + fn};
            case BASE_RATE -> new int[] {tp + fn, n};
            case CALIBRATION -> throw new IllegalArgumentException("not a proportion");
        };
    }

    /**
     * Membership of a group, read from the contract spelling in its key; a merged group ("Nederland of onbekend",
     * see MergedGroups) holds each of its values.
     */
    static IntPredicate member(AuditInput in, GroupKey key) {
        nl.vroegsignaal.features.AuditAttributes a = in.attributes();
        if (key.attribute().isIntersection()) {
            var first = a.column(key.attribute().parts().get(0).key());
            var second = a.column(key.attribute().parts().get(1).key());
            int slash = key.code().indexOf('/');
            String c1 = key.code().substring(0, slash);
            String c2 = key.code().substring(slash + 1);
            return i -> holds(c1, first.value(i)) && holds(c2, second.value(i));
        }
        var column = a.column(key.attribute().key());
        return i -> holds(key.code(), column.value(i));
    }

    private static boolean holds(String code, String value) {
        return java.util.List.of(code.split(" of ")).contains(value);
    }
}
