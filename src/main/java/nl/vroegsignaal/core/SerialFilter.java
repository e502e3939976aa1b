package nl.vroegsignaal.core;

import java.io.ObjectInputFilter;
import java.util.Random;

/**
 * A process-wide filter that refuses every class Java deserialisation is asked to create, but one: vroegsignaal
 * reads no Java-serialised data (model files are protobuf and JSON), and this is the second line, should a
 * library try. The exception is {@link java.util.Random} (primitive fields only), which liblinear copies
 * through a serialisation round trip in memory each time it trains.
 */
public final class SerialFilter {
    /** Random's stream: one object, no nesting, a handful of references. */
    private static final int MAX_DEPTH = 2;
    private static final int MAX_REFERENCES = 10;

    private SerialFilter() {
    }

    /** Installs the filter unless one is already in place (it can be set only once per JVM). */
    public static synchronized void installDenyAll() {
        if (ObjectInputFilter.Config.getSerialFilter() == null) {
            ObjectInputFilter.Config.setSerialFilter(SerialFilter::check);
        }
    }

    static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() >= 0) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        return type == null || type == Random.class ? ObjectInputFilter.Status.ALLOWED
                : ObjectInputFilter.Status.REJECTED;
    }
}
