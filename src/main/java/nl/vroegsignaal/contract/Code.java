package nl.vroegsignaal.contract;

/** A value from one of the contract's closed code lists, written in files as {@link #code()}. */
public interface Code {
    String code();
}
