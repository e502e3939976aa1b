package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProgressTest {
    private static List<String> logged(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger(Progress.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            work.run();
        } finally {
            logger.detachAppender(lines);
        }
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aTaskOfFewStepsLogsEveryStepWithCountsAndElapsedTimeButNoGuessOfWhatRemains() {
        List<String> lines = logged(() -> {
            try (Progress p = Progress.start("training candidates", 4, "models")) {
                for (int i = 0; i < 4; i++) {
                    p.stepBy(1);
                }
            }
        });
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("training candidates: 0 of 4 models");
        assertThat(lines.get(2)).matches("training candidates: 2 of 4 models \\(50%\\), \\d+\\.\\d s so far");
        assertThat(String.join("\n", lines)).doesNotContain("\r", "remaining", "ETA");
    }

    @Test
    void aLongTaskLogsEveryTenPercent() {
        List<String> lines = logged(() -> {
            try (Progress p = Progress.start("sample", 1000, "persons")) {
                for (int i = 0; i < 1000; i++) {
                    p.stepBy(1);
                }
            }
        });
        assertThat(lines).hasSize(11);
        assertThat(lines.get(10)).startsWith("sample: 1000 of 1000 persons (100%)");
    }

    @Test
    void jlineCannotWarnAboutItsDeprecatedProviderOnEveryRun() {
        assertThat(LoggerFactory.getLogger("org.jline").isWarnEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.jline.utils.Log").isWarnEnabled()).isFalse();
    }
}
