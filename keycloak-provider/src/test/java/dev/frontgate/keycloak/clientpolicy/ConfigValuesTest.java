package dev.frontgate.keycloak.clientpolicy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigValuesTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void absentValueIsEmptyWithoutProblem() {
        assertThat(ConfigValues.words("k", null, problems)).isEmpty();
        assertThat(ConfigValues.single("k", null, problems)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void listEntriesAndSeparatedStringsGiveTheSameWords() {
        assertThat(ConfigValues.words("k", List.of("read", " write groups ", ""), problems))
                .containsExactly("read", "write", "groups");
        assertThat(ConfigValues.words("k", "read, write  groups", problems)).containsExactly("read", "write", "groups");
        assertThat(problems).isEmpty();
    }

    @Test
    void numbersAndObjectsAreMalformed() {
        assertThat(ConfigValues.words("allowed-scopes", 42, problems)).isEmpty();
        assertThat(ConfigValues.words("allowed-scopes", List.of("read", 7), problems)).isEmpty();
        assertThat(ConfigValues.single("mode", Map.of("a", "b"), problems)).isEmpty();
        assertThat(problems).hasSize(3).allMatch(problem -> problem.contains("'allowed-scopes'")
                || problem.contains("'mode'"));
    }

    @Test
    void singleValueIsTrimmedAndBlankIsAbsent() {
        assertThat(ConfigValues.single("k", "  refuse ", problems)).contains("refuse");
        assertThat(ConfigValues.single("k", "   ", problems)).isEmpty();
        assertThat(problems).isEmpty();
    }
}
