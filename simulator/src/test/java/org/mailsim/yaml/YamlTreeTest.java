package org.mailsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

    @Test
    void keepsLineAndColumnOfEveryValue() throws Exception {
        YamlNode root = YamlTree.parse("s.yaml", "id: demo\ndevices:\n  - name: phone\n    port: 993\n");
        var map = (YamlNode.YamlMap) root;
        var devices = (YamlNode.YamlList) map.entries().get("devices").value();
        var phone = (YamlNode.YamlMap) devices.items().get(0);
        assertThat(phone.entries().get("port").value().position()).isEqualTo(new Position("s.yaml", 4, 11));
        assertThat(phone.entries().get("port").keyPosition()).isEqualTo(new Position("s.yaml", 4, 5));
        assertThat(((YamlNode.Scalar) phone.entries().get("port").value()).text()).isEqualTo("993");
    }

    @Test
    void invalidYamlIsReportedWithItsPosition() {
        assertThatThrownBy(() -> YamlTree.parse("bad.yaml", "id: demo\nsteps: [one, two\n"))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).toString()).startsWith("bad.yaml:").contains("not valid YAML").doesNotContain("\n");
                });
    }

    @Test
    void aFlowMappingMistakeIsExplainedOnOneLine() {
        assertThatThrownBy(() -> YamlTree.parse("flow.yaml", "mail:\n  - {subject: Lunch?, from: Bob}\n"))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.problems().get(0).toString())
                        .isEqualTo("flow.yaml:2:20: this is not valid YAML: while parsing a flow mapping: expected ',' or '}', but got ?"));
    }

    @Test
    void aRepeatedKeyIsAProblemNotASilentOverwrite() {
        assertThatThrownBy(() -> YamlTree.parse("dup.yaml", "id: a\ntitle: x\nid: b\n"))
                .isInstanceOfSatisfying(YamlException.class, e ->
                        assertThat(e.problems()).extracting(YamlProblem::toString).containsExactly("dup.yaml:3:1: 'id' appears twice in this mapping"));
    }

    @Test
    void emptyFileIsAProblem() {
        assertThatThrownBy(() -> YamlTree.parse("empty.yaml", "")).hasMessage("empty.yaml:1:1: the file is empty");
    }

    @Test
    void fieldsCollectEveryProblemAndSuggestTheKeyMeant() throws Exception {
        YamlNode root = YamlTree.parse("d.yaml", "name: phone\nprotocl: imap\nport: ninety\nsecurity: ssl\nleave_on_server: maybe\n");
        List<YamlProblem> problems = new ArrayList<>();
        YamlFields fields = new YamlFields(root, "a device", problems);
        assertThat(fields.requiredText("name")).isEqualTo("phone");
        fields.requiredText("protocol");
        fields.number("port", 1, 65535);
        fields.choice("security", Map.of("none", 0, "starttls", 1, "tls", 2));
        fields.bool("leave_on_server", false);
        fields.rejectUnknownKeys();
        assertThat(problems).extracting(YamlProblem::toString).containsExactly(
                "d.yaml:1:1: a device needs 'protocol'",
                "d.yaml:3:7: 'port' should be a whole number, not 'ninety'",
                "d.yaml:4:11: 'security' should be one of none, starttls, tls, not 'ssl'",
                "d.yaml:5:18: 'leave_on_server' should be true or false, not 'maybe'",
                "d.yaml:2:1: unknown key 'protocl' in a device; did you mean 'protocol'?");
    }

    @Test
    void aScalarWhereAMappingBelongsIsNamed() throws Exception {
        List<YamlProblem> problems = new ArrayList<>();
        new YamlFields(YamlTree.parse("x.yaml", "just text\n"), "a scenario", problems);
        assertThat(problems).extracting(YamlProblem::message).containsExactly("a scenario should be a mapping (key: value lines), but is a single value");
    }
}
