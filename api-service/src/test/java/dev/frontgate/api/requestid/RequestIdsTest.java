package dev.frontgate.api.requestid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "trace-42", "0af7651916cd43dd8448eb211c80319c", "client.v2_req-7",
            "1234567890123456789012345678901234567890123456789012345678901234"})
    void aWellFormedIdIsKept(String offered) {
        assertThat(RequestIds.accept(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "quote\"", "new\nline", "ümlaut", "semi;colon", "{json}",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void anythingElseIsReplacedByANewId(String offered) {
        String id = RequestIds.accept(offered);

        assertThat(id).isNotEqualTo(offered).matches("[0-9a-f]{16}");
    }

    @Test
    void newIdsDiffer() {
        assertThat(RequestIds.generate()).isNotEqualTo(RequestIds.generate());
    }
}
