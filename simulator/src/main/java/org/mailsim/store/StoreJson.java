package org.mailsim.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The mailboxes as JSON, the same in a replay's timeline and in the live view:
 * <pre>
 * [ {login, quotaUsed, quotaLimit, folders: [ {name, specialUse, uidValidity, uidNext,
 *                                              messages: [ {uid, flags[], size, from, subject} ]} ]} ]
 * </pre>
 * Passwords are never written.
 */
public final class StoreJson {
    private StoreJson() { }

    public static void accounts(ArrayNode array, StoreSnapshot store) {
        for (AccountSnapshot account : store.accounts()) {
            ObjectNode a = array.addObject().put("login", account.account().login())
                    .put("quotaUsed", account.quota().usedBytes()).put("quotaLimit", account.quota().limitBytes());
            ArrayNode folders = a.putArray("folders");
            for (FolderSnapshot folder : account.folders()) {
                ObjectNode f = folders.addObject().put("name", folder.name())
                        .put("specialUse", folder.specialUse().map(u -> u.attribute()).orElse(null))
                        .put("uidValidity", folder.uidValidity()).put("uidNext", folder.uidNext());
                ArrayNode messages = f.putArray("messages");
                for (StoredMessage m : folder.messages()) {
                    ObjectNode mm = messages.addObject().put("uid", m.uid());
                    ArrayNode flags = mm.putArray("flags");
                    m.flags().imapNames().forEach(flags::add);
                    mm.put("size", m.size()).put("from", m.summary().from()).put("subject", m.summary().subject());
                }
            }
        }
    }
}
