package org.mailsim.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.rfc.RfcIndex;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlFiles;
import org.mailsim.yaml.YamlNode;
import org.mailsim.yaml.YamlTree;

/**
 * Runs the content checks over scenario and question files: citations resolve, no retired exam
 * code, and (over the question files together) the answer-length cue figures within their limits.
 * A file that is not YAML is left to the loaders, which report it.
 */
public final class ContentCheck {
    private ContentCheck() { }

    public static ContentReport check(List<ContentFile> files, RfcIndex index) {
        List<Finding> findings = new ArrayList<>();
        List<CitedText> citations = new ArrayList<>();
        AnswerCues cues = new AnswerCues();
        boolean anyQuestions = false;
        for (ContentFile file : files) {
            findings.addAll(RetiredExams.check(file));
            YamlNode root;
            try {
                root = YamlTree.parse(file.name(), file.text());
            } catch (YamlException e) {
                continue;
            }
            for (CitedText cited : CitationScan.scan(file, root, index)) {
                citations.add(cited);
                if (!cited.resolution().resolved()) findings.add(cited.asError());
            }
            if (file.questions()) {
                anyQuestions = true;
                cues.add(root);
            }
        }
        findings.addAll(cues.findings());
        return new ContentReport(findings, citations, anyQuestions ? Optional.of(cues.figures()) : Optional.empty());
    }

    /** The scenario and question files built into mailsim, as {@code scenarios/…} and {@code exam-questions/…}. */
    public static List<ContentFile> builtIn() {
        List<ContentFile> files = new ArrayList<>(YamlFiles.builtIn("scenarios", (name, p) -> read(name, p, false)));
        files.addAll(YamlFiles.builtIn("exam-questions", (name, p) -> read(name, p, true)));
        return files;
    }

    private static ContentFile read(String name, Path path, boolean questions) {
        try {
            return new ContentFile(name, YamlFiles.text(name, path), questions);
        } catch (YamlException e) {
            return new ContentFile(name, "", questions);
        }
    }
}
