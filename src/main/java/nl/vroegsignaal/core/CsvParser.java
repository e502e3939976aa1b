package nl.vroegsignaal.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The one CSV reader: a streaming RFC 4180 reader over raw bytes, in a {@link CsvDialect} (the strict contract
 * dialect, or the tolerant one for a user's own table: another separator, trimmed values). Fields are slices of one reused buffer, not Strings, so that
 * tens of millions of rows parse without garbage. A record without quotes is split in a single scan; a record
 * with a quote is re-read by a slower path that unescapes quoted fields in place. A byte-order mark at the
 * start is skipped, a CR before the LF is dropped. {@link #line()} is the physical 1-based line on which the
 * record starts (line ends inside quoted fields count). Every byte read also feeds the digest, so the file is
 * hashed in the same pass.
 *
 * <p>Problems of the record's syntax are reported through {@link #problem()}, not thrown: the caller decides
 * how to report them and goes on with the next record. {@link CsvRecords} reads a table as Strings on top of it.
 */
public final class CsvParser implements Closeable {
    public static final int DEFAULT_BUFFER = 1 << 20;
    public static final int MAX_RECORD = 1 << 20;

    private static final int DONE = 0;
    private static final int NEED_MORE = 1;
    private static final int QUOTED = 2;

    private final InputStream in;
    private final MessageDigest digest;
    private final byte separator;
    private final boolean trim;
    private final int maxRecord;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long nextLine = 1;
    private long bytesRead;

    private long line;
    private int count;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private boolean nonAscii;
    private boolean unterminated;
    private String problem;
    private int problemField;
    private boolean fatal;

    /** A contract-dialect parser (see {@link CsvDialect#CONTRACT}). */
    CsvParser(InputStream in, MessageDigest digest, int bufferSize, int maxRecord) {
        this(in, digest, CsvDialect.CONTRACT, bufferSize, maxRecord);
    }

    /** @param digest fed with every byte read, or null */
    public CsvParser(InputStream in, MessageDigest digest, CsvDialect dialect, int bufferSize, int maxRecord) {
        this.in = in;
        this.digest = digest;
        this.separator = (byte) dialect.separator();
        this.trim = dialect.trim();
        this.buf = new byte[Math.max(4, bufferSize)];
        this.maxRecord = Math.max(maxRecord, buf.length);
    }

    /** Reads the next record; false at the end of the file (or after a fatal problem was reported). */
    public boolean next() throws IOException {
        if (!started) {
            skipByteOrderMark();
        }
        count = 0;
        nonAscii = false;
        unterminated = false;
        problem = null;
        problemField = -1;
        if (fatal) {
            return false;
        }
        while (pos == limit && !eof) {
            readMore();
        }
        if (pos == limit) {
            return false;
        }
        line = nextLine;
        while (true) {
            int status = scanUnquoted();
            if (status == DONE || (status == QUOTED && parseQuoted())) {
                if (trim) {
                    trimFields();
                }
                return true;
            }
            readMore();
            if (fatal) {
                count = 0;
                problem = "line is longer than " + maxRecord + " bytes: expected a CSV file with line ends";
                return true;
            }
        }
    }

    /** The fast path: no quotes. Returns NEED_MORE when the record runs past the buffered bytes. */
    private int scanUnquoted() {
        final byte[] b = buf;
        final int lim = limit;
        final byte sep = separator;
        int i = pos;
        int fieldStart = i;
        int n = 0;
        int acc = 0;
        while (i < lim) {
            byte c = b[i];
            if (c == sep) {
                n = field(n, fieldStart, i);
                fieldStart = i + 1;
            } else if (c == '\n') {
                n = field(n, fieldStart, i > fieldStart && b[i - 1] == '\r' ? i - 1 : i);
                count = n;
                nonAscii = acc < 0;
                pos = i + 1;
                nextLine++;
                return DONE;
            } else if (c == '"') {
                return QUOTED;
            } else {
                acc |= c;
            }
            i++;
        }
        if (!eof) {
            return NEED_MORE;
        }
        // The last record of a file without a final line end.
        n = field(n, fieldStart, i > fieldStart && b[i - 1] == '\r' ? i - 1 : i);
        count = n;
        nonAscii = acc < 0;
        unterminated = true;
        pos = lim;
        nextLine++;
        return DONE;
    }

    /** The slow path for a record with quotes: find its end, then split it. False when more bytes are needed. */
    private boolean parseQuoted() {
        final byte[] b = buf;
        boolean inQuotes = false;
        int newlines = 0;
        int recordEnd = -1;
        for (int i = pos; i < limit; i++) {
            byte c = b[i];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == '\n') {
                if (!inQuotes) {
                    recordEnd = i;
                    break;
                }
                newlines++;
            }
        }
        if (recordEnd < 0) {
            if (!eof) {
                return false;
            }
            recordEnd = limit;
            unterminated = true;
        }
        int end = recordEnd;
        if (!inQuotes && end > pos && b[end - 1] == '\r') {
            end--;
        }
        split(pos, end);
        pos = Math.min(limit, recordEnd + 1);
        nextLine += 1 + newlines;
        return true;
    }

    private void split(int from, int end) {
        final byte[] b = buf;
        int i = from;
        int n = 0;
        int acc = 0;
        while (true) {
            if (trim) {
                i = skipBlanks(b, i, end);
            }
            if (i < end && b[i] == '"') {
                int fieldStart = i;
                int w = i;
                i++;
                boolean closed = false;
                while (i < end) {
                    byte c = b[i];
                    if (c == '"') {
                        if (i + 1 < end && b[i + 1] == '"') {
                            b[w++] = '"';
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    acc |= c;
                    b[w++] = c;
                    i++;
                }
                n = field(n, fieldStart, w);
                if (!closed) {
                    problem(n - 1, "unterminated quoted field: the file ends inside quotes (truncated last line?)");
                    break;
                }
                if (trim) {
                    i = skipBlanks(b, i, end);
                }
                if (i == end) {
                    break;
                }
                if (b[i] != separator) {
                    problem(n - 1, "has characters after the closing quote: expected '" + (char) separator
                            + "' or a line end");
                    break;
                }
                i++;
            } else {
                int fieldStart = i;
                while (i < end && b[i] != separator) {
                    byte c = b[i];
                    if (c == '"') {
                        problem(n, "has a quote inside an unquoted field: put the whole field in quotes and double the quote");
                    }
                    acc |= c;
                    i++;
                }
                n = field(n, fieldStart, i);
                if (i == end) {
                    break;
                }
                i++;
            }
        }
        count = n;
        nonAscii = acc < 0;
    }

    /** Spaces and tabs that are not the separator. */
    private int skipBlanks(byte[] b, int i, int end) {
        while (i < end && b[i] != separator && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The tolerant dialect: drops spaces and tabs at both ends of every field. */
    private void trimFields() {
        for (int f = 0; f < count; f++) {
            int s0 = starts[f];
            int e0 = ends[f];
            while (s0 < e0 && (buf[s0] == ' ' || buf[s0] == '\t')) {
                s0++;
            }
            while (e0 > s0 && (buf[e0 - 1] == ' ' || buf[e0 - 1] == '\t')) {
                e0--;
            }
            starts[f] = s0;
            ends[f] = e0;
        }
    }

    private void problem(int field, String message) {
        if (problem == null) {
            problem = message;
            problemField = field;
        }
    }

    private int field(int n, int start, int end) {
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n] = end;
        return n + 1;
    }

    /** Moves the unread bytes to the front, grows the buffer if a record fills it, and reads more. */
    private void readMore() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= maxRecord) {
                fatal = true;
                return;
            }
            buf = Arrays.copyOf(buf, (int) Math.min(maxRecord, 2L * buf.length));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            if (digest != null) {
                digest.update(buf, limit, n);
            }
            limit += n;
            bytesRead += n;
        }
    }

    private void skipByteOrderMark() throws IOException {
        started = true;
        while (limit < 3 && !eof) {
            readMore();
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    /** Bytes of the file taken up by the records returned so far. */
    public long consumed() {
        return bytesRead - (limit - pos);
    }

    /** Physical line on which the current record starts. */
    public long line() {
        return line;
    }

    public int fieldCount() {
        return count;
    }

    public byte[] bytes() {
        return buf;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    /** True when some byte of the record is not ASCII (it then needs a strict UTF-8 check). */
    public boolean nonAscii() {
        return nonAscii;
    }

    /** True when the record ended at the end of the file without a line end. */
    public boolean unterminated() {
        return unterminated;
    }

    /** What is wrong with the record's syntax, or null. */
    public String problem() {
        return problem;
    }

    /** The 0-based field the problem is in, or -1. */
    public int problemField() {
        return problemField;
    }

    /** True when reading cannot go on (a record longer than the maximum). */
    public boolean fatal() {
        return fatal;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
