/**
 * Setting up students' own devices: the instructor's account cards with QR codes
 * ({@code /setup/accounts}), the page each code opens ({@code /setup/{login}}: Apple profile,
 * Android and Thunderbird/Outlook settings, certificate downloads), the documents mail apps fetch
 * by themselves (Mozilla autoconfig, Outlook Autodiscover) and the lesson on how apps find their
 * servers. The documents are built in {@code org.mailsim.setup}; this package only serves them.
 */
package org.mailsim.web.setup;
