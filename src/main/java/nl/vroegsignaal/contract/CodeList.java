package nl.vroegsignaal.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parses the file spelling of a closed code list; one instance per enum, built once. */
public final class CodeList<E extends Enum<E> & Code> {
    private final Map<String, E> byCode = new HashMap<>();
    private final List<E> values;

    private CodeList(Class<E> type) {
        this.values = List.of(type.getEnumConstants());
        for (E e : values) {
            byCode.put(e.code(), e);
        }
    }

    public static <E extends Enum<E> & Code> CodeList<E> of(Class<E> type) {
        return new CodeList<>(type);
    }

    public Optional<E> parse(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<E> values() {
        return values;
    }

    /** The allowed spellings, comma separated, for error messages. */
    public String allowed() {
        return values.stream().map(Code::code).collect(Collectors.joining(", "));
    }
}
