package org.mailsim.setup;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Apple's XML property list (the "PropertyList-1.0" DTD): dictionaries of strings, integers,
 * booleans, data (base64) and arrays, written with two-space indents. Values are given as
 * ordered maps so the file reads top to bottom as the profile's documentation lists keys.
 */
final class PlistWriter {
    private final StringBuilder out = new StringBuilder();

    private PlistWriter() { }

    static String document(Map<String, Object> root) {
        PlistWriter w = new PlistWriter();
        w.out.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                """);
        w.value(root, 0);
        w.out.append("</plist>\n");
        return w.out.toString();
    }

    private void value(Object value, int depth) {
        String pad = "  ".repeat(depth);
        switch (value) {
            case String s -> out.append(pad).append("<string>").append(Xml.text(s)).append("</string>\n");
            case Integer i -> out.append(pad).append("<integer>").append(i).append("</integer>\n");
            case Boolean b -> out.append(pad).append(b ? "<true/>" : "<false/>").append('\n');
            case byte[] data -> out.append(pad).append("<data>").append(Base64.getEncoder().encodeToString(data)).append("</data>\n");
            case List<?> list -> {
                out.append(pad).append("<array>\n");
                for (Object item : list) value(item, depth + 1);
                out.append(pad).append("</array>\n");
            }
            case Map<?, ?> dict -> {
                out.append(pad).append("<dict>\n");
                for (var e : dict.entrySet()) {
                    out.append(pad).append("  <key>").append(Xml.text(e.getKey().toString())).append("</key>\n");
                    value(e.getValue(), depth + 1);
                }
                out.append(pad).append("</dict>\n");
            }
            default -> throw new IllegalArgumentException("no plist type for " + value.getClass());
        }
    }
}
