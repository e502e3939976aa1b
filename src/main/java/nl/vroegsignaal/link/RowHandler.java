package nl.vroegsignaal.link;

/** Validates and keeps the data rows of one contract file. */
interface RowHandler {
    /** One data record with the right number of fields (its syntax and UTF-8 already checked). */
    void row(FieldReader fields);

    /** An estimate of the number of data rows, made early in the file, to size columns once. */
    default void expectRows(int rows) {
    }

    /** Called once after the last row, with the number of data records. */
    default void finish(FileErrors errors, long rows) {
    }
}
