package org.mailsim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A teaching scenario, as loaded from one YAML file.
 *
 * @param id          lower-case words joined by hyphens; the URL and the CLI name it
 * @param source      the file it came from (a path, or "jar:scenarios/x.yaml")
 */
public record Scenario(String id, String title, String summary, Difficulty difficulty, List<ExamObjective> objectives,
                       List<String> topics, ServerSpec server, List<AccountSpec> accounts, List<DeviceSpec> devices,
                       List<Step> steps, String source) {

    public Scenario {
        objectives = List.copyOf(objectives);
        topics = List.copyOf(topics);
        accounts = List.copyOf(accounts);
        devices = List.copyOf(devices);
        steps = List.copyOf(steps);
    }

    public Optional<DeviceSpec> device(String name) {
        return devices.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public Optional<AccountSpec> account(String login) {
        return accounts.stream().filter(a -> a.login().equals(login)).findFirst();
    }
}
