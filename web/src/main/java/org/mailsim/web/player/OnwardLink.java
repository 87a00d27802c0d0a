package org.mailsim.web.player;

import java.util.List;
import java.util.Optional;

import org.mailsim.course.Onward;

/**
 * What Next does at a scenario's last step, for the template. In the course: the first stop of the
 * lesson left to do ({@link Onward}), with every stop listed so that the browser, which keeps the
 * student's progress, can skip those already done (static/course.js). Outside the course: back to the
 * list of scenarios.
 *
 * @param lessonId  the course lesson, or {@code null} for a scenario outside the course
 * @param exercise  the lesson's lab exercise, or {@code null}
 */
record OnwardLink(String href, String label, String lessonId, String scenarioId, String exercise, List<Onward.Stop> stops) {
    static final String CATALOG_LABEL = "Done: back to all scenarios ▶";

    static OnwardLink of(String scenarioId, Optional<Onward> onward) {
        return onward.map(o -> new OnwardLink(o.first().href(), o.first().label(), o.lesson().id(), scenarioId,
                        o.lesson().exercise().orElse(null), o.stops()))
                .orElse(new OnwardLink("/scenarios", CATALOG_LABEL, null, scenarioId, null, List.of()));
    }
}
