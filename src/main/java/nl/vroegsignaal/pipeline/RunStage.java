package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One stage of {@code run}: its name, who reads what it writes, the stages whose files it reads, the part of
 * the configuration it depends on, and the work. The key of the stage (see {@link StageRecord}) is built from
 * exactly these: the code, {@code settings}, and the sha256 of every file written by the stages in
 * {@code after} ({@code input} is the input folder's files).
 *
 * @param name     e.g. {@code train}; also the name of its record in {@code out/stages/}
 * @param audience who reads its HTML or Markdown files, for the closing "where to look"; null for none
 * @param after    the stages (or {@code input}) whose files this stage reads
 * @param settings the configuration (and paths) the stage's outputs depend on, as JSON
 * @param work     runs the stage and returns every file it wrote
 */
record RunStage(String name, String audience, List<String> after, Function<RunContext, JsonNode> settings,
                Work work) {

    /** The work of a stage. */
    @FunctionalInterface
    interface Work {
        List<Path> run(RunContext context);
    }
}
