/**
 * Device setup for a class: accounts {@code student01} … made by {@code serve --accounts N}
 * ({@link org.mailsim.setup.ClassAccounts}), and the documents mail apps read to configure
 * themselves, all built from how the live server runs ({@link org.mailsim.setup.MailServerSettings}):
 * Mozilla's autoconfig XML ({@link org.mailsim.setup.Autoconfig}), Microsoft's plain-XML
 * Autodiscover ({@link org.mailsim.setup.Autodiscover}), an Apple configuration profile
 * ({@link org.mailsim.setup.AppleProfile}) and the RFC 6186 / RFC 8314 §5.1 SRV records
 * ({@link org.mailsim.setup.SrvRecords}).
 */
package org.mailsim.setup;
