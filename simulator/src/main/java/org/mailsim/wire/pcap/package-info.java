/**
 * The pcap export: a scenario's connections written as a classic libpcap capture file that
 * Wireshark and tshark open, with synthetic Ethernet II, IPv4 (RFC 791) and TCP (RFC 9293)
 * headers around the bytes the wiretap recorded, so students can study the same traffic in the
 * tools they meet on the exam. File format: the libpcap format
 * (https://wiki.wireshark.org/Development/LibpcapFileFormat, draft-ietf-opsawg-pcap).
 */
package org.mailsim.wire.pcap;
