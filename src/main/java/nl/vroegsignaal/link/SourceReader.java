package nl.vroegsignaal.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.core.CsvParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one contract file: the header, then every record, checking its syntax, UTF-8 and field count before
 * handing it to the file's {@link RowHandler}. Errors are collected (not thrown), so that all of them can be
 * reported together.
 */
final class SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);
    private static final long ESTIMATE_AFTER_ROWS = 8192;

    private SourceReader() {
    }

    static FileReport read(Path dir, SourceFile source, RowHandler handler, int maxErrors) {
        FileErrors errors = new FileErrors(source.fileName(), maxErrors);
        Path file = dir.resolve(source.fileName());
        String notAFile = InputFiles.whyNotReadable(file);
        if (notAFile != null) {
            errors.add(0, null, notAFile);
            return new FileReport(source, errors.toList(), 0, null);
        }
        MessageDigest digest = sha256();
        long started = System.nanoTime(); // for the debug log only
        long rows = 0;
        boolean complete = false;
        try (InputStream in = Files.newInputStream(file);
             CsvParser parser = new CsvParser(in, digest, CsvDialect.CONTRACT, CsvParser.DEFAULT_BUFFER,
                     CsvParser.MAX_RECORD)) {
            FieldReader fields = new FieldReader(source, parser, errors);
            if (!parser.next()) {
                errors.add(0, null, "empty file: expected a header row");
            } else if (HeaderCheck.check(source, parser, fields, errors)) {
                int expected = source.columns().size();
                while (parser.next()) {
                    if (parser.fatal()) {
                        errors.add(parser.line(), null, parser.problem());
                        break;
                    }
                    rows++;
                    if (rows == ESTIMATE_AFTER_ROWS) {
                        handler.expectRows(estimateRows(Files.size(file), parser.consumed(), rows));
                    }
                    fields.beginRow();
                    if (wellFormed(parser, fields, errors, expected)) {
                        handler.row(fields);
                    }
                }
                complete = !parser.fatal();
                if (complete) {
                    handler.finish(errors, rows);
                }
            }
        } catch (IOException e) {
            errors.add(0, null, "could not be read: " + nl.vroegsignaal.core.Folders.reason(e));
        }
        String hash = complete ? HexFormat.of().formatHex(digest.digest()) : null;
        LOG.debug("{}: {} rows, {} errors, {} ms on {}", source.fileName(), rows, errors.count(),
                (System.nanoTime() - started) / 1_000_000, Thread.currentThread().getName());
        return new FileReport(source, errors.toList(), rows, hash);
    }

    /**
     * Rows in the whole file, judged by the bytes per row so far, with a little room: columns are then sized
     * once instead of being copied while they double (at nation scale those copies keep the GC busy).
     */
    static int estimateRows(long fileSize, long consumed, long rows) {
        double perRow = Math.max(1.0, (double) consumed / rows);
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) (fileSize / perRow * 1.05) + 1024);
    }

    private static boolean wellFormed(CsvParser parser, FieldReader fields, FileErrors errors, int expected) {
        if (parser.problem() != null) {
            fields.error(parser.problemField(), parser.problem());
            return false;
        }
        if (parser.nonAscii() && !fields.validUtf8()) {
            return false;
        }
        int found = parser.fieldCount();
        if (found == expected) {
            return true;
        }
        String message;
        if (found == 1 && parser.start(0) == parser.end(0)) {
            message = "empty line: expected " + expected + " fields";
        } else if (parser.unterminated() && found < expected) {
            message = "truncated last line: expected " + expected + " fields, found " + found
                    + ", and the file ends without a line end";
        } else {
            message = "expected " + expected + " fields, found " + found;
        }
        errors.add(parser.line(), null, message);
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
