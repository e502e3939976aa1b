package nl.vroegsignaal.pipeline;

import java.util.List;

/**
 * The {@code run:} section: where {@code vroegsignaal run} reads its input and writes its outputs when the
 * command line does not say (--input and --out win). Relative paths are relative to the working directory.
 *
 * @param input the folder with the eight contract files
 * @param out   the folder that receives link/, model/, signal/ and audit/
 */
public record RunSettings(String input, String out) {

    void validate(String p, List<String> errors) {
        if (input == null || input.isBlank()) {
            errors.add(p + ".input: must be a folder path, got nothing");
        }
        if (out == null || out.isBlank()) {
            errors.add(p + ".out: must be a folder path, got nothing");
        }
    }
}
