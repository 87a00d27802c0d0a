package org.mailsim.store;

/**
 * Told of every change to one account (or to all, see {@link MailStore#listenAll}).
 * Called on the changing thread while the account is locked, in the order of the changes, so
 * every listener sees the same order. Therefore: be quick, never block, never wait for another
 * thread. Queue the event and return; reading the store from here is allowed.
 */
@FunctionalInterface
public interface StoreListener {
    void onEvent(StoreEvent event);
}
