package org.mailsim.scenario.timeline;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mailsim.scenario.Step;
import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreJson;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.TranscriptItem;

/**
 * A timeline as JSON, format {@code mailsim-timeline/1}. Field order is fixed, so two replays
 * give byte-identical files. The shape (documented in {@code docs/scenario-authoring.md}):
 *
 * <pre>
 * { "format", "scenario": {id, title, summary, difficulty, objectives[{exam, objective, note}], topics[]},
 *   "passed",
 *   "steps": [ { number, time, kind ("act"|"type"|"narrate"), device, action, narration, examPoint,
 *                wire: [ {connection, device, port, security, opened, closed, closeReason,
 *                         items: [ {sequence, direction ("C"|"S"), kind (LINE|LITERAL|BINARY|TLS_RECORD),
 *                                   layer, text | tls | length} ]} ],
 *                server: {changes: [ {change, account, folder, uid, before, after} ],
 *                         accounts: [ {login, quotaUsed, quotaLimit, folders: [ {name, specialUse, uidValidity,
 *                                      uidNext, messages: [ {uid, flags[], size, from, subject} ]} ]} ]},
 *                devices: { name: {app, connection, folder, folders[], messages: [ {id, from, subject, unread,
 *                                  flagged, deleted} ], opened, notices[], added[], changed[], removed[]} },
 *                expectations: [ {expectation, passed, detail} ] } ] }
 * </pre>
 *
 * TLS records carry their type only: their lengths and bytes differ from run to run.
 */
public final class TimelineJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJson() { }

    public static String render(Timeline timeline) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "mailsim-timeline/1");
        ObjectNode scenario = root.putObject("scenario");
        var s = timeline.scenario();
        scenario.put("id", s.id()).put("title", s.title()).put("summary", s.summary()).put("difficulty", s.difficulty().name().toLowerCase());
        ArrayNode objectives = scenario.putArray("objectives");
        for (var o : s.objectives()) objectives.addObject().put("exam", o.exam().code()).put("objective", o.objective()).put("note", o.note());
        ArrayNode topics = scenario.putArray("topics");
        s.topics().forEach(topics::add);
        root.put("passed", timeline.passed());
        ArrayNode steps = root.putArray("steps");
        for (StepRecord record : timeline.steps()) step(steps.addObject(), record);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a timeline always serialises", e);
        }
    }

    private static void step(ObjectNode node, StepRecord record) {
        Step step = record.step();
        node.put("number", step.number()).put("time", record.time());
        switch (step.what()) {
            case Step.What.Act a -> node.put("kind", "act").put("device", a.device()).put("action", ActionNames.of(a.action()));
            case Step.What.Type t -> node.put("kind", "type").put("device", t.device()).put("action", t.line());
            case Step.What.Narrate n -> node.put("kind", "narrate").putNull("device").putNull("action");
        }
        node.put("narration", step.narration()).put("examPoint", step.examPoint());
        ArrayNode wire = node.putArray("wire");
        for (WireSlice slice : record.wire()) wire(wire.addObject(), slice);
        ObjectNode server = node.putObject("server");
        changes(server.putArray("changes"), record.storeDiff());
        StoreJson.accounts(server.putArray("accounts"), record.store());
        ObjectNode devices = node.putObject("devices");
        for (Map.Entry<String, DeviceState> d : record.devices().entrySet()) device(devices.putObject(d.getKey()), d.getValue());
        ArrayNode expectations = node.putArray("expectations");
        for (ExpectationResult r : record.results()) {
            expectations.addObject().put("expectation", TimelineText.describe(r.expectation())).put("passed", r.passed()).put("detail", r.detail());
        }
    }

    private static void wire(ObjectNode node, WireSlice slice) {
        var c = slice.connection();
        node.put("connection", c.id()).put("device", slice.device()).put("port", c.port()).put("security", c.security().name())
                .put("opened", slice.opened()).put("closed", slice.closed()).put("closeReason", slice.closed() ? c.closeReason() : null);
        ArrayNode items = node.putArray("items");
        for (TranscriptItem item : new TappedConnection(c, slice.exchanges()).transcript().items()) {
            ObjectNode i = items.addObject();
            i.put("sequence", item.sequence()).put("direction", item.direction().prefix()).put("kind", item.kind().name())
                    .put("layer", item.layer().name());
            switch (item.kind()) {
                case LINE, LITERAL -> i.put("text", item.text());
                case BINARY -> i.put("length", item.length());
                case TLS_RECORD -> i.put("tls", item.recordType().label());
            }
        }
    }

    private static void changes(ArrayNode array, StoreDiff diff) {
        for (StoreDiff.Change change : diff.changes()) {
            ObjectNode c = array.addObject();
            switch (change) {
                case StoreDiff.Change.FolderAdded x -> c.put("change", "folderAdded").put("account", x.login()).put("folder", x.folder());
                case StoreDiff.Change.FolderRemoved x -> c.put("change", "folderRemoved").put("account", x.login()).put("folder", x.folder());
                case StoreDiff.Change.MessageAdded x -> c.put("change", "messageAdded").put("account", x.login()).put("folder", x.folder()).put("uid", x.uid());
                case StoreDiff.Change.MessageRemoved x -> c.put("change", "messageRemoved").put("account", x.login()).put("folder", x.folder()).put("uid", x.uid());
                case StoreDiff.Change.FlagsChanged x -> c.put("change", "flagsChanged").put("account", x.login()).put("folder", x.folder())
                        .put("uid", x.uid()).put("before", x.before().toString()).put("after", x.after().toString());
            }
        }
    }

    private static void device(ObjectNode node, DeviceState state) {
        DeviceView view = state.view();
        node.put("app", view.app()).put("connection", view.connection()).put("folder", view.folder());
        ArrayNode folders = node.putArray("folders");
        view.folders().forEach(folders::add);
        ArrayNode messages = node.putArray("messages");
        for (MessageRow row : view.messages()) {
            messages.addObject().put("id", row.id()).put("from", row.from()).put("subject", row.subject())
                    .put("unread", row.unread()).put("flagged", row.flagged()).put("deleted", row.deleted());
        }
        if (view.opened().isPresent()) {
            var o = view.opened().get();
            node.putObject("opened").put("id", o.id()).put("from", o.from()).put("subject", o.subject()).put("text", o.text());
        } else {
            node.putNull("opened");
        }
        ArrayNode notices = node.putArray("notices");
        state.notices().forEach(notices::add);
        ArrayNode added = node.putArray("added");
        state.diff().added().forEach(added::add);
        ArrayNode changed = node.putArray("changed");
        state.diff().changed().forEach(changed::add);
        ArrayNode removed = node.putArray("removed");
        state.diff().removed().forEach(removed::add);
    }
}
