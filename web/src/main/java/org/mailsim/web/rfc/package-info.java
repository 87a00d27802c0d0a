/**
 * The RFCs mailsim cites, as pages and links: {@code GET /rfc} lists them, {@code GET /rfc/{n}}
 * shows one RFC's sections with their titles and mailsim's summaries of the cited ones, an anchor
 * per section and the cited one highlighted, working offline and linking on to the RFC Editor.
 * {@link org.mailsim.web.rfc.RfcDialect} gives every template {@code #rfc.parts(text)} and
 * {@code rfc/cite :: cited(text)} turns the citations in a text into links; {@link
 * org.mailsim.web.rfc.Prose} carries the same parts in the JSON the pages' scripts render. All of
 * it comes from {@link org.mailsim.rfc.RfcLinks}, the simulator's one citation finder.
 */
package org.mailsim.web.rfc;
